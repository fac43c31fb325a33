<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="138"/>
        <source>Account %1</source>
        <translation>Cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="139"/>
        <source>Remove account %1</source>
        <translation>Tynnu cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="143"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="152"/>
        <source>Platform or app</source>
        <translation>Platfform neu ap</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="160"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="171"/>
        <source>Username or handle</source>
        <translation>Enw defnyddiwr neu enw cyfrif</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="161"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>Yn union fel mae&apos;n ymddangos, er enghraifft @enw_123</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy the username of account %1</source>
        <translation>Copïo enw defnyddiwr cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="179"/>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="180"/>
        <source>Profile link</source>
        <translation>Dolen i&apos;r proffil</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="181"/>
        <source>The web address of their profile, if you have it</source>
        <translation>Cyfeiriad gwe eu proffil, os yw gennych chi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes about this account</source>
        <translation>Nodiadau am y cyfrif hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="192"/>
        <source>How do I find their username?</source>
        <translation>Sut mae dod o hyd i&apos;w enw defnyddiwr?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="194"/>
        <source>How do I find their username on %1?</source>
        <translation>Sut mae dod o hyd i&apos;w enw defnyddiwr ar %1?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="203"/>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Wedi&apos;i gopïo. Bydd yn cael ei glirio o&apos;r clipfwrdd ymhen 30 eiliad.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="26"/>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="30"/>
        <source>Copied</source>
        <translation>Wedi copïo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="49"/>
        <source>Open in browser</source>
        <translation>Agor yn y porwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="53"/>
        <source>Needs an internet connection.</source>
        <translation>Mae angen cysylltiad â&apos;r rhyngrwyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="56"/>
        <source>Your organisation has turned off opening websites from this app. Copy the address instead.</source>
        <translation>Mae eich sefydliad wedi diffodd agor gwefannau o&apos;r ap hwn. Copïwch y cyfeiriad yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="116"/>
        <source>Advice</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="122"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="123"/>
        <source>Search the advice</source>
        <translation>Chwilio&apos;r cyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="128"/>
        <source>Advice pages</source>
        <translation>Tudalennau cyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="144"/>
        <source>Advice page</source>
        <translation>Tudalen gyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print this page</source>
        <translation>Argraffu&apos;r dudalen hon</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save this page as a PDF</source>
        <translation>Cadw&apos;r dudalen hon fel PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="205"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="239"/>
        <source>Guides for apps</source>
        <translation>Canllawiau ar gyfer apiau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="228"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Dim byd wedi&apos;i ganfod. Rhowch gynnig ar air byrrach neu air gwahanol.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="256"/>
        <source>For you</source>
        <translation>I chi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="264"/>
        <source>%1 (cannot be shown)</source>
        <translation>%1 (does dim modd ei dangos)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="366"/>
        <source>Sorry, this page cannot be shown</source>
        <translation>Mae&apos;n ddrwg gennym, does dim modd dangos y dudalen hon</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="368"/>
        <source>Something is wrong with this page&apos;s file. The rest of the app works as normal.</source>
        <translation>Mae rhywbeth o&apos;i le ar ffeil y dudalen hon. Mae gweddill yr ap yn gweithio fel arfer.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="382"/>
        <source>Last reviewed: %1</source>
        <translation>Adolygwyd ddiwethaf: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="384"/>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation>Dydy&apos;r dudalen hon ddim wedi&apos;i chyfieithu eto, felly mae&apos;n cael ei dangos yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="386"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>Drafft yw&apos;r cyfieithiad hwn: nid yw siaradwr Cymraeg iaith gyntaf wedi&apos;i wirio eto.</translation>
    </message>
</context>
<context>
    <name>BackupSecretDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="17"/>
        <source>Open this backup</source>
        <translation>Agor y copi wrth gefn hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="25"/>
        <source>Passphrase or recovery code from when the backup was made</source>
        <translation>Cyfrinymadrodd neu god adfer o&apos;r adeg y gwnaed y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="28"/>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="29"/>
        <source>Open the backup</source>
        <translation>Agor y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="31"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="46"/>
        <source>Name of this case</source>
        <translation>Enw&apos;r achos hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="47"/>
        <source>A name to find it by, for example: Instagram, May</source>
        <translation>Enw i&apos;ch helpu i ddod o hyd iddo, er enghraifft: Instagram, Mai</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="51"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete case…</source>
        <translation>Dileu&apos;r achos…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete this case</source>
        <translation>Dileu&apos;r achos hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="59"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="60"/>
        <source>Parts of this case</source>
        <translation>Rhannau o&apos;r achos hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="65"/>
        <source>The accounts that contacted you or threatened you. Write the username exactly as it is shown: it is how the police and the apps find them.</source>
        <translation>Y cyfrifon a gysylltodd â chi neu a wnaeth eich bygwth. Ysgrifennwch yr enw defnyddiwr yn union fel mae&apos;n ymddangos: dyna sut mae&apos;r heddlu a&apos;r apiau yn dod o hyd iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="68"/>
        <source>Add an account</source>
        <translation>Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="73"/>
        <source>Remove this account?</source>
        <translation>Tynnu&apos;r cyfrif hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="74"/>
        <source>What you wrote about this account will be removed from this case.</source>
        <translation>Bydd yr hyn ysgrifennoch chi am y cyfrif hwn yn cael ei dynnu o&apos;r achos hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="75"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="91"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="108"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="123"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="81"/>
        <source>Your own account where this is happening (for example on Snapchat or Instagram), and your username there. The police will ask for it, and so will the company that runs that app.</source>
        <translation>Eich cyfrif chi lle mae hyn yn digwydd (er enghraifft ar Snapchat neu Instagram), a&apos;ch enw defnyddiwr yno. Bydd yr heddlu&apos;n gofyn amdano, a&apos;r cwmni sy&apos;n rhedeg yr ap hwnnw hefyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="84"/>
        <source>Add your account</source>
        <translation>Ychwanegu eich cyfrif</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="89"/>
        <source>Remove your account?</source>
        <translation>Tynnu eich cyfrif?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="90"/>
        <source>What you wrote about your account will be removed from this case.</source>
        <translation>Bydd yr hyn ysgrifennoch chi am eich cyfrif yn cael ei dynnu o&apos;r achos hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="98"/>
        <source>What they asked for, and how they wanted it paid. Don&apos;t pay: it usually leads to more demands. If something was paid, say so here: it is not your fault, and it helps the police.</source>
        <translation>Beth roedden nhw&apos;n ei ofyn, a sut roedden nhw eisiau cael eu talu. Peidiwch â thalu: fel arfer mae&apos;n arwain at ragor o ofynion. Os talwyd rhywbeth, dywedwch hynny yma: nid eich bai chi yw e, ac mae&apos;n helpu&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="114"/>
        <source>Who you have told or reported it to: CEOP, the police, the app they used, your school. Add each one.</source>
        <translation>Pwy rydych chi wedi dweud wrthyn nhw neu wedi rhoi gwybod iddyn nhw: CEOP, yr heddlu, yr ap a ddefnyddion nhw, eich ysgol. Ychwanegwch bob un.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts</source>
        <translation>Eu cyfrifon nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts (%1)</source>
        <translation>Eu cyfrifon nhw (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts</source>
        <translation>Eich cyfrifon chi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts (%1)</source>
        <translation>Eich cyfrifon chi (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="101"/>
        <source>Add a demand</source>
        <translation>Ychwanegu gofyniad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="106"/>
        <source>Remove this demand?</source>
        <translation>Tynnu&apos;r gofyniad hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="107"/>
        <source>What you wrote about this demand will be removed from this case.</source>
        <translation>Bydd yr hyn ysgrifennoch chi am y gofyniad hwn yn cael ei dynnu o&apos;r achos hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="116"/>
        <source>Add a report</source>
        <translation>Ychwanegu adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="121"/>
        <source>Remove this report?</source>
        <translation>Tynnu&apos;r adroddiad hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="122"/>
        <source>What you wrote about this report will be removed from this case.</source>
        <translation>Bydd yr hyn ysgrifennoch chi am yr adroddiad hwn yn cael ei dynnu o&apos;r achos hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="129"/>
        <source>Anything else you want to remember. Words only: never pictures.</source>
        <translation>Unrhyw beth arall rydych chi eisiau ei gofio. Geiriau yn unig: byth lluniau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="131"/>
        <source>Other notes about this case</source>
        <translation>Nodiadau eraill am yr achos hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline (%1)</source>
        <translation>Llinell amser (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands (%1)</source>
        <translation>Gofynion (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made</source>
        <translation>Adroddiadau a wnaed</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made (%1)</source>
        <translation>Adroddiadau a wnaed (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="156"/>
        <source>Other notes</source>
        <translation>Nodiadau eraill</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="27"/>
        <source>Untitled case</source>
        <translation>Achos heb enw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="36"/>
        <source>Changed %1</source>
        <translation>Newidiwyd %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>Start a new case</source>
        <translation>Dechrau achos newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="50"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="68"/>
        <source>Nothing written yet</source>
        <translation>Dim byd wedi&apos;i ysgrifennu eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="72"/>
        <source>Press New case to start. A case is one thing that happened, with everything about it in one place. Write down the accounts that contacted you, what they asked for, and when it happened. It&apos;s OK to start small and add more later.</source>
        <translation>Pwyswch Achos newydd i ddechrau. Mae achos yn un peth a ddigwyddodd, gyda phopeth amdano mewn un lle. Ysgrifennwch y cyfrifon a gysylltodd â chi, beth roedden nhw&apos;n gofyn amdano, a phryd digwyddodd hynny. Mae&apos;n iawn dechrau gydag ychydig ac ychwanegu rhagor yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="140"/>
        <source>Delete this case?</source>
        <translation>Dileu&apos;r achos hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="142"/>
        <source>Everything in this case will be deleted: its accounts, timeline, demands and reports. You can&apos;t undo this.</source>
        <translation>Bydd popeth yn yr achos hwn yn cael ei ddileu: ei gyfrifon, ei linell amser, ei ofynion a&apos;i adroddiadau. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="145"/>
        <source>Delete case</source>
        <translation>Dileu&apos;r achos</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="58"/>
        <source>Who it is for: %1</source>
        <translation>I bwy: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="59"/>
        <source>When: %1</source>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="63"/>
        <source>Where: %1 only</source>
        <translation>Ble: %1 yn unig</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Copy the phone number of %1</source>
        <translation>Copïo rhif ffôn %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Text: %1</source>
        <translation>Neges destun: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Copy the text number of %1</source>
        <translation>Copïo rhif negeseuon testun %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Email: %1</source>
        <translation>E-bost: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Copy the email address of %1</source>
        <translation>Copïo cyfeiriad e-bost %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="78"/>
        <source>Web: %1</source>
        <translation>Gwe: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="80"/>
        <source>Copy the web address of %1</source>
        <translation>Copïo cyfeiriad gwe %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="84"/>
        <source>Open the website of %1 in your browser</source>
        <translation>Agor gwefan %1 yn eich porwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="88"/>
        <source>Details checked: %1</source>
        <translation>Manylion wedi&apos;u gwirio: %1</translation>
    </message>
</context>
<context>
    <name>ContactLines</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details and copy buttons for %1</source>
        <translation>Manylion a botymau copïo ar gyfer %1</translation>
    </message>
</context>
<context>
    <name>ContactText</name>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="19"/>
        <source>Checked on %1, more than a year ago: these details may have changed, so check the service&apos;s website.</source>
        <translation>Gwiriwyd ar %1, fwy na blwyddyn yn ôl: efallai fod y manylion hyn wedi newid, felly edrychwch ar wefan y gwasanaeth.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="32"/>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="34"/>
        <source>Text: %1</source>
        <translation>Neges destun: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="36"/>
        <source>Email: %1</source>
        <translation>E-bost: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="38"/>
        <source>Web: %1</source>
        <translation>Gwefan: %1</translation>
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
        <translation>Dydy&apos;r ffeil honno ddim yn ddiweddariad i gyngor Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="26"/>
        <source>That file is too large to be an update for Safety Companion&apos;s advice.</source>
        <translation>Mae&apos;r ffeil honno&apos;n rhy fawr i fod yn ddiweddariad i gyngor Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="29"/>
        <source>That update file is damaged. Ask for a new copy.</source>
        <translation>Mae&apos;r ffeil diweddaru honno wedi&apos;i difrodi. Gofynnwch am gopi newydd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="30"/>
        <source>That update is not signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>Dydy&apos;r diweddariad hwnnw ddim wedi&apos;i lofnodi, felly does dim modd ymddiried ynddo. Gofynnwch am gopi newydd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="33"/>
        <source>That update was not signed by the people who make Safety Companion, so it cannot be trusted.</source>
        <translation>Nid y bobl sy&apos;n gwneud Safety Companion a lofnododd y diweddariad hwnnw, felly does dim modd ymddiried ynddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="37"/>
        <source>That update was changed after it was signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>Cafodd y diweddariad hwnnw ei newid ar ôl iddo gael ei lofnodi, felly does dim modd ymddiried ynddo. Gofynnwch am gopi newydd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="41"/>
        <source>That update is older than the advice you already have.</source>
        <translation>Mae&apos;r diweddariad hwnnw&apos;n hŷn na&apos;r cyngor sydd gennych chi&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="42"/>
        <source>That update is already in use.</source>
        <translation>Mae&apos;r diweddariad hwnnw&apos;n cael ei ddefnyddio&apos;n barod.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="43"/>
        <source>That update was made for another version of Safety Companion.</source>
        <translation>Cafodd y diweddariad hwnnw ei wneud ar gyfer fersiwn arall o Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="44"/>
        <source>That update did not pass this app&apos;s checks, so it was not used.</source>
        <translation>Wnaeth y diweddariad hwnnw ddim pasio gwiriadau&apos;r ap, felly chafodd e ddim ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="45"/>
        <source>The update could not be saved on this computer. Check that there is free space.</source>
        <translation>Doedd dim modd cadw&apos;r diweddariad ar y cyfrifiadur hwn. Gwnewch yn siŵr fod lle ar gael.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="49"/>
        <source>%1 Your advice has not changed.</source>
        <translation>%1 Dydy eich cyngor ddim wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="54"/>
        <source>You are using the advice and phone numbers that came with this version of Safety Companion.</source>
        <translation>Rydych chi&apos;n defnyddio&apos;r cyngor a&apos;r rhifau ffôn a ddaeth gyda&apos;r fersiwn hon o&apos;r ap.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="62"/>
        <source>Advice updated %1 (update %2).</source>
        <translation>Cyngor wedi&apos;i ddiweddaru %1 (diweddariad %2).</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="73"/>
        <source>Advice and phone numbers</source>
        <translation>Cyngor a rhifau ffôn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="77"/>
        <source>Update the advice from a file...</source>
        <translation>Diweddaru&apos;r cyngor o ffeil...</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="80"/>
        <source>Go back to the advice that came with this app</source>
        <translation>Mynd yn ôl at y cyngor a ddaeth gyda&apos;r ap</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="110"/>
        <source>Update the advice from a file</source>
        <translation>Diweddaru&apos;r cyngor o ffeil</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="111"/>
        <source>Advice updates (*.scpack)</source>
        <translation>Diweddariadau cyngor (*.scpack)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="137"/>
        <source>Done. %1</source>
        <translation>Wedi&apos;i wneud. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="150"/>
        <source>Done. You are using the advice that came with this app again.</source>
        <translation>Wedi&apos;i wneud. Rydych chi&apos;n defnyddio&apos;r cyngor a ddaeth gyda&apos;r ap eto.</translation>
    </message>
</context>
<context>
    <name>DemandCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Demand %1</source>
        <translation>Gofyniad %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Remove demand %1</source>
        <translation>Tynnu gofyniad %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="215"/>
        <source>Amount they asked for, with its currency</source>
        <translation>Y swm roedden nhw&apos;n ei ofyn, gyda&apos;i arian cyfred</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="216"/>
        <source>For example £100, 50 USD, or €20 a week</source>
        <translation>Er enghraifft £100, 50 USD, neu €20 yr wythnos</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="221"/>
        <source>Amount asked for</source>
        <translation>Swm a ofynnwyd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="222"/>
        <source>How they wanted it paid</source>
        <translation>Sut roedden nhw eisiau cael eu talu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="224"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="225"/>
        <source>Payment details they gave</source>
        <translation>Manylion talu a roddon nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="228"/>
        <source>For example an account number, a wallet address or a gift card type</source>
        <translation>Er enghraifft rhif cyfrif, cyfeiriad waled neu fath o gerdyn rhodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="230"/>
        <source>Was anything paid?</source>
        <translation>Gafodd unrhyw beth ei dalu?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="233"/>
        <source>Amount paid</source>
        <translation>Swm a dalwyd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="234"/>
        <source>Amount paid, with its currency</source>
        <translation>Swm a dalwyd, gyda&apos;i arian cyfred</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="237"/>
        <source>For example £100</source>
        <translation>Er enghraifft £100</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="238"/>
        <source>How it was paid</source>
        <translation>Sut cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="239"/>
        <source>When it was paid, in this computer&apos;s time</source>
        <translation>Pryd cafodd ei dalu, yn ôl amser y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="243"/>
        <source>When it was paid</source>
        <translation>Pryd cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes about this demand</source>
        <translation>Nodiadau am y gofyniad hwn</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="132"/>
        <source>Choose another place</source>
        <translation>Dewiswch le arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="133"/>
        <source>That folder is where Safety Companion keeps its own files. Save it somewhere else, such as Documents or a USB stick.</source>
        <translation>Yn y ffolder honno mae Safety Companion yn cadw ei ffeiliau ei hun. Cadwch e rywle arall, fel Dogfennau neu ffon USB.</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="50"/>
        <source>Which app is it on? We can show you how to block and report there.</source>
        <translation>Ar ba ap mae&apos;n digwydd? Gallwn ni ddangos i chi sut i flocio a rhoi gwybod yno.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="53"/>
        <source>Which app is it on? (you can skip this)</source>
        <translation>Ar ba ap mae&apos;n digwydd? (gallwch chi hepgor hyn)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="57"/>
        <source>Choose an app (you can skip this)</source>
        <translation>Dewiswch ap (gallwch chi hepgor hyn)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide</source>
        <translation>Dangos y canllaw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide for the app you chose</source>
        <translation>Dangos y canllaw ar gyfer yr ap a ddewisoch chi</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="27"/>
        <source>Find their username</source>
        <translation>Dod o hyd i&apos;w enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="28"/>
        <source>Keep the chat</source>
        <translation>Cadw&apos;r sgwrs</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="29"/>
        <source>Block them</source>
        <translation>Eu blocio</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="30"/>
        <source>Report them</source>
        <translation>Rhoi gwybod amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="31"/>
        <source>Hide your friends and followers</source>
        <translation>Cuddio eich ffrindiau a&apos;ch dilynwyr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="32"/>
        <source>Switch your account off for a while</source>
        <translation>Diffodd eich cyfrif am ychydig</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="42"/>
        <source>Apps change their menus. If a step does not look like this, look for a menu with three dots, a gear or a flag, on their profile or in your settings, and for the words in quotes.</source>
        <translation>Mae apiau&apos;n newid eu dewislenni. Os nad yw cam yn edrych fel hyn, chwiliwch am ddewislen gyda thri dot, olwyn gêr neu faner, ar eu proffil neu yn eich gosodiadau, ac am y geiriau mewn dyfynodau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="61"/>
        <source>These steps were checked on %1, more than a year ago, and menus change: if a step does not match, look for the same words in its menus or its own help pages.</source>
        <translation>Cafodd y camau hyn eu gwirio ar %1, dros flwyddyn yn ôl, ac mae dewislenni&apos;n newid: os nad yw cam yn cyfateb, chwiliwch am yr un geiriau yn ei ddewislenni neu yn ei dudalennau help ei hun.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="68"/>
        <source>Steps checked: %1</source>
        <translation>Camau wedi&apos;u gwirio: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="92"/>
        <source>This guide is not translated yet, so it is shown in English.</source>
        <translation>Dydy&apos;r canllaw hwn ddim wedi&apos;i gyfieithu eto, felly mae&apos;n cael ei ddangos yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="98"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>Drafft yw&apos;r cyfieithiad hwn: nid yw siaradwr Cymraeg iaith gyntaf wedi&apos;i wirio eto.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="106"/>
        <source>%1&apos;s own help: %2</source>
        <translation>Help %1 ei hun: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="108"/>
        <source>Copy the address of %1&apos;s own help</source>
        <translation>Copïo cyfeiriad help %1 ei hun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="114"/>
        <source>Open %1&apos;s own help in your browser</source>
        <translation>Agor help %1 ei hun yn eich porwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="123"/>
        <source>If your report is not acted on, %1 can help.</source>
        <translation>Os na chaiff eich adroddiad ei drin, gall %1 helpu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="131"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="132"/>
        <source>Details and copy buttons for %1</source>
        <translation>Manylion a botymau copïo ar gyfer %1</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="106"/>
        <location filename="../safetyapp/ui/pages/help.py" line="167"/>
        <source>Get help</source>
        <translation>Cael help</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="112"/>
        <source>You do not have to deal with this alone. These services are free and used to helping with exactly this. If anyone is in danger right now, call %1.</source>
        <translation>Does dim rhaid i chi ddelio â hyn ar eich pen eich hun. Mae&apos;r gwasanaethau hyn am ddim, ac maen nhw wedi arfer helpu gyda&apos;r union beth hwn. Os oes unrhyw un mewn perygl nawr, ffoniwch %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="122"/>
        <source>The descriptions of these services are not translated yet, so they are shown in English.</source>
        <translation>Nid yw disgrifiadau&apos;r gwasanaethau hyn wedi&apos;u cyfieithu eto, felly maen nhw&apos;n cael eu dangos yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="126"/>
        <source>Show services for everyone</source>
        <translation>Dangos gwasanaethau i bawb</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="135"/>
        <source>Services you can contact</source>
        <translation>Gwasanaethau y gallwch gysylltu â nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="144"/>
        <location filename="../safetyapp/ui/pages/help.py" line="159"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Shift three times, or Esc twice</source>
        <translation>Shift dair gwaith, neu Esc ddwywaith</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Quick exit: close the app at once</source>
        <translation>Gadael yn gyflym: cau&apos;r ap ar unwaith</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="164"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="165"/>
        <source>Go to Home, Advice, What to do now, My notes, Get help, Settings</source>
        <translation>Mynd i Hafan, Cyngor, Beth i&apos;w wneud nawr, Fy nodiadau, Cael help, Gosodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="168"/>
        <source>Search the advice</source>
        <translation>Chwilio&apos;r cyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="169"/>
        <source>Print the page or plan you are reading</source>
        <translation>Argraffu&apos;r dudalen neu&apos;r cynllun rydych chi&apos;n ei ddarllen</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="170"/>
        <source>Lock My notes</source>
        <translation>Cloi Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Tab and Shift+Tab</source>
        <translation>Tab a Shift+Tab</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Move between buttons and boxes</source>
        <translation>Symud rhwng botymau a blychau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Up and Down arrows</source>
        <translation>Saethau i fyny ac i lawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Move through the sections, answers and lists</source>
        <translation>Symud drwy&apos;r adrannau, yr atebion a&apos;r rhestrau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Enter or Space</source>
        <translation>Enter neu Fylchwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Press the button or choose the answer that has the focus</source>
        <translation>Pwyso&apos;r botwm neu ddewis yr ateb sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="184"/>
        <source>Showing services for: %1</source>
        <translation>Yn dangos gwasanaethau ar gyfer: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="37"/>
        <source>You are not alone</source>
        <translation>Dydych chi ddim ar eich pen eich hun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="48"/>
        <source>Something has happened</source>
        <translation>Mae rhywbeth wedi digwydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="49"/>
        <source>Answer a few questions and get a step-by-step plan</source>
        <translation>Atebwch ychydig o gwestiynau a chael cynllun cam wrth gam</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Learn about it</source>
        <translation>Dysgu amdano</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Read clear advice, written for you</source>
        <translation>Darllenwch gyngor clir, wedi&apos;i ysgrifennu i chi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>People you can phone, text or contact online</source>
        <translation>Pobl y gallwch chi eu ffonio, anfon neges destun atyn nhw, neu gysylltu â nhw ar-lein</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change who you are</source>
        <translation>Newid pwy ydych chi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="69"/>
        <source>Start here</source>
        <translation>Dechrau yma</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="89"/>
        <source>Showing advice for: %1</source>
        <translation>Yn dangos cyngor ar gyfer: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="40"/>
        <source>Whatever has happened, it can be sorted out, and there are people whose job is to help.</source>
        <translation>Beth bynnag sydd wedi digwydd, mae modd datrys hyn, ac mae pobl sydd yno i helpu: dyna eu gwaith.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="100"/>
        <source>Do these things now</source>
        <translation>Gwnewch y pethau hyn nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="104"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="113"/>
        <source>You can talk to %1 about anything, free: %2</source>
        <translation>Gallwch chi siarad â %1 am unrhyw beth, am ddim: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="124"/>
        <source>Tell your Designated Safeguarding Lead (DSL) now, and follow your child protection policy.</source>
        <translation>Dywedwch wrth eich Person Diogelu Dynodedig (DSP) nawr, a dilynwch eich polisi amddiffyn plant.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="125"/>
        <source>Never look at, copy or ask for the image. Leave that to the DSL.</source>
        <translation>Peidiwch byth ag edrych ar y ddelwedd, ei chopïo na gofyn amdani. Gadewch hynny i&apos;r DSP.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="126"/>
        <source>Tell the young person they are not in trouble, and that you will get them help.</source>
        <translation>Dywedwch wrth y person ifanc nad yw mewn trwbl, ac y byddwch chi&apos;n cael help iddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="130"/>
        <source>Do not pay, and help your child not to pay or send anything more.</source>
        <translation>Peidiwch â thalu, a helpwch eich plentyn i beidio â thalu nac anfon dim byd arall.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="131"/>
        <source>Stop replying to the person who is doing this.</source>
        <translation>Peidiwch ag ateb y person sy&apos;n gwneud hyn rhagor.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="132"/>
        <source>Do not delete the messages or the account details. They are evidence.</source>
        <translation>Peidiwch â dileu&apos;r negeseuon na manylion y cyfrif. Maen nhw&apos;n dystiolaeth.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="133"/>
        <source>Tell someone who can help: the police, or the CEOP Safety Centre for under-18s.</source>
        <translation>Dywedwch wrth rywun sy&apos;n gallu helpu: yr heddlu, neu Ganolfan Ddiogelwch CEOP ar gyfer pobl dan 18 oed.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="134"/>
        <source>Listen to your child calmly. It is not their fault.</source>
        <translation>Gwrandewch ar eich plentyn yn dawel. Nid ei fai ef neu hi yw hyn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="138"/>
        <location filename="../safetyapp/ui/pages/home.py" line="144"/>
        <source>Do not pay, and do not send anything more.</source>
        <translation>Peidiwch â thalu, a pheidiwch ag anfon dim byd arall.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="139"/>
        <source>Stop replying to them.</source>
        <translation>Peidiwch â&apos;u hateb nhw rhagor.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="140"/>
        <source>Do not delete the messages or their account details. They are evidence.</source>
        <translation>Peidiwch â dileu&apos;r negeseuon na manylion eu cyfrif. Maen nhw&apos;n dystiolaeth.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="141"/>
        <source>Tell someone you trust, and report it to the police.</source>
        <translation>Dywedwch wrth rywun rydych chi&apos;n ymddiried ynddo, a rhowch wybod i&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="145"/>
        <source>Stop replying to them. You do not have to answer.</source>
        <translation>Peidiwch â&apos;u hateb nhw rhagor. Does dim rhaid i chi ateb.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="146"/>
        <source>Do not delete the chat or their account. It helps the police find them.</source>
        <translation>Peidiwch â dileu&apos;r sgwrs na&apos;u cyfrif. Mae&apos;n helpu&apos;r heddlu i ddod o hyd iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="147"/>
        <source>Tell an adult you trust. You are not in trouble.</source>
        <translation>Dywedwch wrth oedolyn rydych chi&apos;n ymddiried ynddo. Dydych chi ddim mewn trwbl.</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="28"/>
        <source>Unlock automatically on this computer</source>
        <translation>Datgloi&apos;n awtomatig ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="60"/>
        <source>What is this?</source>
        <translation>Beth yw hyn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="61"/>
        <source>What is unlocking automatically?</source>
        <translation>Beth yw datgloi&apos;n awtomatig?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="36"/>
        <source>Then you won&apos;t need to type your passphrase on this computer: its keyring, the safe place where it keeps saved passwords, opens My notes for you. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>Wedyn fydd dim angen i chi deipio eich cyfrinymadrodd ar y cyfrifiadur hwn: bydd ei gylch allweddi, y lle diogel lle mae&apos;n cadw cyfrineiriau wedi&apos;u cadw, yn agor Fy nodiadau i chi. Ond byddai unrhyw un sy&apos;n gallu mewngofnodi i&apos;r cyfrifiadur hwn fel chi yn gallu agor eich nodiadau wedyn. Gadewch hwn i ffwrdd os ydych chi&apos;n rhannu&apos;r cyfrif cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="43"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Yn gwirio cylch allweddi&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="68"/>
        <source>Why is this off?</source>
        <translation>Pam mae hyn i ffwrdd?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="69"/>
        <source>Why is unlocking automatically off?</source>
        <translation>Pam mae datgloi&apos;n awtomatig i ffwrdd?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="64"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>Felly mae&apos;r dewis hwn i ffwrdd. Mae eich cyfrinymadrodd yn gweithio bob amser.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="140"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="250"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="151"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="169"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="170"/>
        <source>Advice</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="171"/>
        <source>What to do now</source>
        <translation>Beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="172"/>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="173"/>
        <source>Get help</source>
        <translation>Cael help</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="201"/>
        <source>In danger right now? Call %1.</source>
        <translation>Mewn perygl nawr? Ffoniwch %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="203"/>
        <source>Or press Shift three times</source>
        <translation>Neu bwyswch Shift dair gwaith</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="204"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="205"/>
        <source>Quick exit</source>
        <translation>Gadael yn gyflym</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="207"/>
        <source>Closes the app at once. Shortcut: press Shift three times, or Esc twice.</source>
        <translation>Yn cau&apos;r ap ar unwaith. Llwybr byr: pwyswch Shift dair gwaith, neu Esc ddwywaith.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="454"/>
        <source>Your organisation has turned off My notes on this computer. Everything else works as normal.</source>
        <translation>Mae eich sefydliad wedi diffodd Fy nodiadau ar y cyfrifiadur hwn. Mae popeth arall yn gweithio fel arfer.</translation>
    </message>
</context>
<context>
    <name>NotesBackup</name>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="32"/>
        <source>Safety Companion backups (*.scv)</source>
        <translation>Copïau wrth gefn Safety Companion (*.scv)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="42"/>
        <source>A backup can&apos;t go in the same place as My notes itself. Choose another place, such as a USB stick.</source>
        <translation>Does dim modd cadw copi wrth gefn yn yr un lle â Fy nodiadau. Dewiswch le arall, fel cof bach USB.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="47"/>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="52"/>
        <source>The backup could not be saved. %1</source>
        <translation>Doedd dim modd cadw&apos;r copi wrth gefn. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="49"/>
        <source>The backup could not be made. %1</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="54"/>
        <source>Backup saved as %1. It is encrypted: it opens with the passphrase or recovery code you have now.</source>
        <translation>Copi wrth gefn wedi&apos;i gadw fel %1. Mae wedi&apos;i amgryptio: mae&apos;n agor gyda&apos;r cyfrinymadrodd neu&apos;r cod adfer sydd gennych chi nawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="66"/>
        <source>This backup has been changed by something other than Safety Companion, so it cannot be trusted and was not restored. Nothing has been changed.</source>
        <translation>Mae&apos;r copi wrth gefn hwn wedi&apos;i newid gan rywbeth heblaw Safety Companion, felly does dim modd ymddiried ynddo ac ni chafodd ei adfer. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="72"/>
        <source>This backup was made by a newer version of Safety Companion, so this version can&apos;t restore it. Update Safety Companion, then try again. Nothing has been changed.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud gan fersiwn mwy newydd o Safety Companion, felly all y fersiwn hwn ddim ei adfer. Diweddarwch Safety Companion, yna rhowch gynnig arall arni. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="78"/>
        <source>This file is damaged, or it is not a Safety Companion backup. Nothing has been changed.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi, neu dydy hi ddim yn gopi wrth gefn Safety Companion. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="82"/>
        <source>This file could not be read. Nothing has been changed.</source>
        <translation>Doedd dim modd darllen y ffeil hon. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="87"/>
        <source>This backup was made with a different passphrase. Type the passphrase or recovery code you had then.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud gyda chyfrinymadrodd gwahanol. Teipiwch y cyfrinymadrodd neu&apos;r cod adfer oedd gennych chi bryd hynny.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="96"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>Gwiriwch y cod adfer: mae camgymeriad teipio ynddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="97"/>
        <source>That didn&apos;t open this backup. Check it, and check Caps Lock, then try again, or press Cancel.</source>
        <translation>Wnaeth hwnna ddim agor y copi wrth gefn hwn. Gwiriwch e, a gwiriwch Caps Lock, yna rhowch gynnig arall arni, neu pwyswch Canslo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="105"/>
        <source>Your notes now are kept as a copy from before the restore, so they are not lost.</source>
        <translation>Mae eich nodiadau presennol yn cael eu cadw fel copi o&apos;r cyfnod cyn yr adfer, felly dydyn nhw ddim yn cael eu colli.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="110"/>
        <source>This backup was saved on %1. It is a backup of other notes, not of the notes open now.</source>
        <translation>Cafodd y copi wrth gefn hwn ei gadw ar %1. Copi wrth gefn o nodiadau eraill yw e, nid o&apos;r nodiadau sydd ar agor nawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="115"/>
        <source>This backup of your notes was saved on %1. Saves made since then: %2.</source>
        <translation>Cafodd y copi wrth gefn hwn o&apos;ch nodiadau ei gadw ar %1. Nifer y cadwadau ers hynny: %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="117"/>
        <source>This backup of your notes was saved on %1 and is newer than your notes now. Saves it has that your notes do not: %2.</source>
        <translation>Cafodd y copi wrth gefn hwn o&apos;ch nodiadau ei gadw ar %1 ac mae&apos;n fwy newydd na&apos;ch nodiadau nawr. Nifer y cadwadau sydd ynddo ond nid yn eich nodiadau: %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="123"/>
        <source>This backup of your notes was saved on %1. It is the same as your notes now.</source>
        <translation>Cafodd y copi wrth gefn hwn o&apos;ch nodiadau ei gadw ar %1. Mae&apos;r un fath â&apos;ch nodiadau nawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="125"/>
        <source>Your notes will be replaced by what is in the backup.</source>
        <translation>Bydd yr hyn sydd yn y copi wrth gefn yn cymryd lle eich nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="129"/>
        <source>The backup has been restored. Keep using the passphrase and recovery code you have now: they still open your notes.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i adfer. Daliwch ati i ddefnyddio&apos;r cyfrinymadrodd a&apos;r cod adfer sydd gennych chi nawr: maen nhw&apos;n dal i agor eich nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="139"/>
        <source>Your latest changes could not be saved, so the backup was not restored.</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf, felly chafodd y copi wrth gefn ddim ei adfer.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="141"/>
        <source>The backup could not be restored. %1</source>
        <translation>Doedd dim modd adfer y copi wrth gefn. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="142"/>
        <source>The backup could not be restored.</source>
        <translation>Doedd dim modd adfer y copi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>NotesDialogs</name>
    <message>
        <location filename="../safetyapp/ui/notes/dialogs.py" line="27"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>NotesFields</name>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="46"/>
        <source>Pictures and files can&apos;t be added to My notes. That&apos;s on purpose, to keep you safe. Leave the picture where it is: don&apos;t copy, save or forward it. Tell the police, CEOP or your school&apos;s safeguarding lead that it exists, and they will know what to do.</source>
        <translation>Does dim modd ychwanegu lluniau a ffeiliau at Fy nodiadau. Mae hynny&apos;n fwriadol, i&apos;ch cadw chi&apos;n ddiogel. Gadewch y llun lle mae e: peidiwch â&apos;i gopïo, ei gadw na&apos;i anfon ymlaen. Dywedwch wrth yr heddlu, CEOP neu berson diogelu eich ysgol fod y llun yn bodoli, a byddan nhw&apos;n gwybod beth i&apos;w wneud.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="53"/>
        <source>This box is full: it holds up to %1 characters. You can add another entry for more.</source>
        <translation>Mae&apos;r blwch hwn yn llawn: mae lle i hyd at %1 nod ynddo. Gallwch chi ychwanegu cofnod arall i ysgrifennu rhagor.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="120"/>
        <source>My notes</source>
        <translation>Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="140"/>
        <source>Opening My notes…</source>
        <translation>Yn agor Fy nodiadau…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="227"/>
        <source>You are opening an earlier copy of your notes. Open it with the passphrase you had then.</source>
        <translation>Rydych chi&apos;n agor copi cynharach o&apos;ch nodiadau. Agorwch e gyda&apos;r cyfrinymadrodd oedd gennych chi bryd hynny.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="252"/>
        <source>My notes could not be set up. %1</source>
        <translation>Doedd dim modd gosod Fy nodiadau. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="282"/>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="288"/>
        <source>Opening your notes…</source>
        <translation>Yn agor eich nodiadau…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="294"/>
        <source>Setting your new passphrase…</source>
        <translation>Yn gosod eich cyfrinymadrodd newydd…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="300"/>
        <source>Opening with this computer&apos;s keyring…</source>
        <translation>Yn agor gyda chylch allweddi&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="25"/>
        <source>That passphrase didn&apos;t open My notes. Check it, and check Caps Lock, then try again. Nothing has been changed.</source>
        <translation>Wnaeth y cyfrinymadrodd hwnnw ddim agor Fy nodiadau. Gwiriwch e, a gwiriwch Caps Lock, yna rhowch gynnig arall arni. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="30"/>
        <source>That recovery code didn&apos;t open My notes. Check it and try again. Nothing has been changed.</source>
        <translation>Wnaeth y cod adfer hwnnw ddim agor Fy nodiadau. Gwiriwch e a rhowch gynnig arall arni. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="34"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>Gwiriwch y cod adfer: mae camgymeriad teipio ynddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="37"/>
        <source>This computer&apos;s keyring has no key for My notes. Use your passphrase.</source>
        <translation>Does dim allwedd ar gyfer Fy nodiadau yng nghylch allweddi&apos;r cyfrifiadur hwn. Defnyddiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="38"/>
        <source>Use your passphrase instead.</source>
        <translation>Defnyddiwch eich cyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="40"/>
        <source>That way of opening isn&apos;t set up for these notes. Use your passphrase.</source>
        <translation>Dydy&apos;r ffordd honno o agor ddim wedi&apos;i gosod ar gyfer y nodiadau hyn. Defnyddiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="43"/>
        <source>Your new passphrase could not be saved. %1</source>
        <translation>Doedd dim modd cadw eich cyfrinymadrodd newydd. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="44"/>
        <source>My notes could not be opened. Nothing has been changed.</source>
        <translation>Doedd dim modd agor Fy nodiadau. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="370"/>
        <source>These are your notes as they were saved on %1. They are now your current notes; the damaged file has been kept as an earlier copy.</source>
        <translation>Dyma eich nodiadau fel roedden nhw pan gawson nhw eu cadw ar %1. Nhw yw eich nodiadau presennol nawr; mae&apos;r ffeil a gafodd ei difrodi wedi&apos;i chadw fel copi cynharach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="66"/>
        <source>Some text looks like a picture, and My notes never keeps pictures.</source>
        <translation>Mae peth o&apos;r testun yn edrych fel llun, a dydy Fy nodiadau byth yn cadw lluniau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="67"/>
        <source>Something went wrong in Safety Companion.</source>
        <translation>Aeth rhywbeth o&apos;i le yn Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="422"/>
        <source>Lock without saving?</source>
        <translation>Cloi heb gadw?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="424"/>
        <source>Your latest changes could not be saved. If you lock now, they will be lost. You can keep My notes open and try again in a moment.</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf. Os byddwch chi&apos;n cloi nawr, byddan nhw&apos;n cael eu colli. Gallwch chi gadw Fy nodiadau ar agor a rhoi cynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="427"/>
        <source>Lock anyway</source>
        <translation>Cloi beth bynnag</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="148"/>
        <source>My notes locked itself after a minute without use.</source>
        <translation>Cafodd Fy nodiadau eu cloi ar ôl munud heb ddefnydd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="151"/>
        <source>My notes locked when the computer went to sleep.</source>
        <translation>Cafodd Fy nodiadau eu cloi pan aeth y cyfrifiadur i gysgu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="153"/>
        <source>My notes locked when the screen was locked.</source>
        <translation>Cafodd Fy nodiadau eu cloi pan gafodd y sgrin ei chloi.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="64"/>
        <location filename="../safetyapp/ui/notes/page_words.py" line="74"/>
        <source>Your notes could not be saved, so this was not changed.</source>
        <translation>Doedd dim modd cadw eich nodiadau, felly chafodd hyn ddim ei newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="80"/>
        <source>Get a new recovery code?</source>
        <translation>Cael cod adfer newydd?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="81"/>
        <source>Your old recovery code will stop opening your notes, and the earlier copies it opens will be removed. Backups you made before still open with the old code.</source>
        <translation>Bydd eich hen god adfer yn peidio ag agor eich nodiadau, a bydd y copïau cynharach mae&apos;n eu hagor yn cael eu dileu. Mae copïau wrth gefn a wnaethoch cyn hyn yn dal i agor gyda&apos;r hen god.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="86"/>
        <source>Get a new code</source>
        <translation>Cael cod newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="75"/>
        <source>This could not be changed. %1</source>
        <translation>Doedd dim modd newid hyn. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="84"/>
        <source>The key left in the keyring no longer opens your notes.</source>
        <translation>Dydy&apos;r allwedd sydd ar ôl yn y cylch allweddi ddim yn agor eich nodiadau mwyach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="87"/>
        <source>My notes will open without your passphrase on this computer account.</source>
        <translation>Bydd Fy nodiadau yn agor heb eich cyfrinymadrodd ar y cyfrif cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="61"/>
        <source>Changing your passphrase…</source>
        <translation>Yn newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="97"/>
        <source>Your passphrase was not changed. %1</source>
        <translation>Chafodd eich cyfrinymadrodd ddim ei newid. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="105"/>
        <source>Your passphrase was not changed.</source>
        <translation>Chafodd eich cyfrinymadrodd ddim ei newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="49"/>
        <source>The key in this computer&apos;s keyring didn&apos;t open My notes. It may be an old key, or one for other notes. Type your passphrase instead. Nothing has been changed.</source>
        <translation>Wnaeth yr allwedd yng nghylch allweddi&apos;r cyfrifiadur hwn ddim agor Fy nodiadau. Efallai mai hen allwedd yw hi, neu un ar gyfer nodiadau eraill. Teipiwch eich cyfrinymadrodd yn lle hynny. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="88"/>
        <source>My notes will ask for your passphrase again. The key that was in the keyring no longer opens your notes, and the earlier copies it opened were removed.</source>
        <translation>Bydd Fy nodiadau yn gofyn am eich cyfrinymadrodd eto. Nid yw&apos;r allwedd oedd yn y cylch allweddi yn agor eich nodiadau mwyach, ac mae&apos;r copïau cynharach roedd yn eu hagor wedi&apos;u dileu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="99"/>
        <source>Your passphrase has been changed. Use the new one from now on. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old passphrase.</source>
        <translation>Mae eich cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen. Nid yw&apos;r hen un yn agor eich nodiadau mwyach, ac mae&apos;r copïau cynharach roedd yn eu hagor wedi&apos;u dileu. Mae copïau wrth gefn a wnaethoch cyn hyn yn dal i agor gyda&apos;r hen gyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="111"/>
        <source>These are not the notes Safety Companion last opened on this computer. Someone may have put a different notes file in their place. If these are not your notes, restore yours from a backup in Backups and settings.</source>
        <translation>Nid y rhain yw&apos;r nodiadau a agorodd Safety Companion ddiwethaf ar y cyfrifiadur hwn. Efallai fod rhywun wedi rhoi ffeil nodiadau arall yn eu lle. Os nad eich nodiadau chi yw&apos;r rhain, adferwch eich rhai chi o gopi wrth gefn yn Copïau wrth gefn a gosodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="118"/>
        <source>These notes are older than the ones Safety Companion last saved on this computer. Number of saves missing: %1. Someone may have put an older copy in their place. If you have a backup, you can restore it in Backups and settings.</source>
        <translation>Mae&apos;r nodiadau hyn yn hŷn na&apos;r rhai a gadwodd Safety Companion ddiwethaf ar y cyfrifiadur hwn. Nifer y cadwadau sydd ar goll: %1. Efallai fod rhywun wedi rhoi copi hŷn yn eu lle. Os oes gennych gopi wrth gefn, gallwch ei adfer yn Copïau wrth gefn a gosodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="130"/>
        <source>You have a new recovery code. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old code.</source>
        <translation>Mae gennych god adfer newydd. Nid yw&apos;r hen un yn agor eich nodiadau mwyach, ac mae&apos;r copïau cynharach roedd yn eu hagor wedi&apos;u dileu. Mae copïau wrth gefn a wnaethoch cyn hyn yn dal i agor gyda&apos;r hen god.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="140"/>
        <source>You still have your old recovery code. %1</source>
        <translation>Mae gennych eich hen god adfer o hyd. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="141"/>
        <source>You still have your old recovery code. Your notes could not be changed.</source>
        <translation>Mae gennych eich hen god adfer o hyd. Doedd dim modd newid eich nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="149"/>
        <source>My notes locked itself after %n minutes without use.</source>
        <translation>Cafodd Fy nodiadau eu cloi ar ôl %n munud heb ddefnydd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="39"/>
        <source>Save the recovery code</source>
        <translation>Cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="41"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="71"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="49"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="52"/>
        <source>The PDF could not be saved in %1. Try another folder.</source>
        <translation>Doedd dim modd cadw&apos;r PDF yn %1. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="55"/>
        <source>Saved as %1. Keep it somewhere safe.</source>
        <translation>Wedi&apos;i gadw fel %1. Cadwch e rywle diogel.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="69"/>
        <source>Save the report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="73"/>
        <source>Text files (*.txt)</source>
        <translation>Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="83"/>
        <source>The report could not be saved in %1. Try another folder.</source>
        <translation>Doedd dim modd cadw&apos;r adroddiad yn %1. Rhowch gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="88"/>
        <source>Report saved as %1. Remember: it is not encrypted. Delete it when it is no longer needed.</source>
        <translation>Adroddiad wedi&apos;i gadw fel %1. Cofiwch: dydy e ddim wedi&apos;i amgryptio. Dilëwch e pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="103"/>
        <source>Your latest changes could not be saved, so no backup was made.</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf, felly chafodd dim copi wrth gefn ei wneud.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="109"/>
        <source>Back up My notes</source>
        <translation>Gwneud copi wrth gefn o Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="128"/>
        <source>Restore My notes from a backup</source>
        <translation>Adfer Fy nodiadau o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="135"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="152"/>
        <source>Opening the backup…</source>
        <translation>Wrthi&apos;n agor y copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="160"/>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="162"/>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="184"/>
        <source>Your notes were deleted, but some files could not be removed. Try again after a restart.</source>
        <translation>Cafodd eich nodiadau eu dileu, ond doedd dim modd tynnu rhai ffeiliau. Rhowch gynnig arall arni ar ôl ailgychwyn y cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="191"/>
        <source>Everything in My notes has been deleted from this computer. Backups you saved somewhere else, such as on a USB stick, are not deleted.</source>
        <translation>Mae popeth yn Fy nodiadau wedi&apos;i ddileu o&apos;r cyfrifiadur hwn. Dydy copïau wrth gefn a gadwoch chi rywle arall, fel ar gof bach USB, ddim wedi&apos;u dileu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="204"/>
        <source>The key in this computer&apos;s keyring could not be removed, but it opens nothing now.</source>
        <translation>Doedd dim modd tynnu&apos;r allwedd o gylch allweddi&apos;r cyfrifiadur hwn, ond dydy hi ddim yn agor dim byd nawr.</translation>
    </message>
</context>
<context>
    <name>NotesPassphrase</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="22"/>
        <source>Use at least 10 characters. Four or five random words work well.</source>
        <translation>Defnyddiwch o leiaf 10 nod. Mae pedwar neu bum gair ar hap yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="28"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>Rhy fyr: defnyddiwch o leiaf 10 nod.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="30"/>
        <source>A computer could guess this one quickly. Try four or five words that have nothing to do with each other, or press Suggest one for me.</source>
        <translation>Gallai cyfrifiadur ddyfalu hwn yn gyflym. Rhowch gynnig ar bedwar neu bum gair sydd heb ddim i&apos;w wneud â&apos;i gilydd, neu pwyswch Awgrymu un i mi.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="36"/>
        <source>Good.</source>
        <translation>Da.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="37"/>
        <source>Strong.</source>
        <translation>Cryf.</translation>
    </message>
</context>
<context>
    <name>NotesReport</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="225"/>
        <source>Contains personal information: keep it safe</source>
        <translation>Yn cynnwys gwybodaeth bersonol: cadwch e&apos;n ddiogel</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="226"/>
        <source>This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding lead, and delete it when it is no longer needed.</source>
        <translation>Dydy&apos;r copi hwn ddim wedi&apos;i amgryptio. Rhannwch e gyda&apos;r heddlu, CEOP, y platfform neu berson diogelu yn unig, a dilëwch e pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="231"/>
        <source>Record of online blackmail (sextortion)</source>
        <translation>Cofnod o flacmel ar-lein (secstortion)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="232"/>
        <source>Made with Safety Companion from the user&apos;s own notes. It contains no images.</source>
        <translation>Wedi&apos;i wneud gyda Safety Companion o nodiadau&apos;r defnyddiwr ei hun. Does dim delweddau ynddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="233"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="234"/>
        <source>Report made</source>
        <translation>Adroddiad wedi&apos;i greu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="235"/>
        <source>Record started</source>
        <translation>Cofnod wedi&apos;i ddechrau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="236"/>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="237"/>
        <source>Accounts of the person targeted</source>
        <translation>Cyfrifon y person a dargedwyd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="238"/>
        <source>Their own account %1</source>
        <translation>Eu cyfrif eu hunain %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="239"/>
        <source>Accounts that contacted or threatened them</source>
        <translation>Cyfrifon a gysylltodd â nhw neu a&apos;u bygythiodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="240"/>
        <source>Account %1</source>
        <translation>Cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="241"/>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="242"/>
        <source>Username or handle</source>
        <translation>Enw defnyddiwr neu enw cyfrif</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="243"/>
        <source>Display name</source>
        <translation>Enw arddangos</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="244"/>
        <source>Profile link</source>
        <translation>Dolen i&apos;r proffil</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="245"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="246"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="247"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="248"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="249"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="250"/>
        <source>Demands</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="251"/>
        <source>Demand %1</source>
        <translation>Gofyniad %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="252"/>
        <source>Amount asked for</source>
        <translation>Swm a ofynnwyd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="255"/>
        <source>Anything paid</source>
        <translation>Unrhyw beth wedi&apos;i dalu</translation>
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
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="278"/>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="279"/>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="253"/>
        <source>How they wanted it paid</source>
        <translation>Sut roedden nhw eisiau cael eu talu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="254"/>
        <source>Payment details they gave</source>
        <translation>Manylion talu a roddon nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="256"/>
        <source>Amount paid</source>
        <translation>Swm a dalwyd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="257"/>
        <source>How it was paid</source>
        <translation>Sut cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="258"/>
        <source>When it was paid</source>
        <translation>Pryd cafodd ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="259"/>
        <source>Reports made</source>
        <translation>Adroddiadau a wnaed</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="260"/>
        <source>Made to</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="261"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="262"/>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="263"/>
        <source>Other notes</source>
        <translation>Nodiadau eraill</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="264"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="265"/>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="266"/>
        <source>Date not known</source>
        <translation>Dyddiad anhysbys</translation>
    </message>
</context>
<context>
    <name>NotesWords</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="50"/>
        <source>Omegle-style video chat</source>
        <translation>Sgwrs fideo fel Omegle</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="51"/>
        <source>Hinge, Tinder or another dating app</source>
        <translation>Hinge, Tinder neu ap canlyn arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="52"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="53"/>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="54"/>
        <source>Another app or website</source>
        <translation>Ap neu wefan arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="63"/>
        <source>First contact</source>
        <translation>Cysylltu am y tro cyntaf</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="64"/>
        <source>Asked for pictures</source>
        <translation>Gofyn am luniau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="65"/>
        <source>Threatened me</source>
        <translation>Fy mygwth i</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="66"/>
        <source>Demanded money</source>
        <translation>Mynnu arian</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="67"/>
        <source>Money was paid</source>
        <translation>Talu arian</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="68"/>
        <source>Blocked them</source>
        <translation>Eu blocio</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="69"/>
        <source>Reported them</source>
        <translation>Rhoi gwybod amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="70"/>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="77"/>
        <source>Bank transfer</source>
        <translation>Trosglwyddiad banc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="78"/>
        <source>Gift card</source>
        <translation>Cerdyn rhodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="79"/>
        <source>Cryptocurrency (such as Bitcoin)</source>
        <translation>Arian cripto (fel Bitcoin)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="80"/>
        <source>Another way</source>
        <translation>Ffordd arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="87"/>
        <source>I don&apos;t know</source>
        <translation>Dydw i ddim yn gwybod</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="88"/>
        <source>No, nothing was paid</source>
        <translation>Naddo, chafodd dim byd ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="89"/>
        <source>Yes, something was paid</source>
        <translation>Do, cafodd rhywbeth ei dalu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="99"/>
        <source>The disk is full. Free up some space (for example, empty the recycle bin) and it will save.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le (er enghraifft, gwagiwch y bin ailgylchu) a bydd yn cadw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="102"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>Mae modd darllen y ddisg neu&apos;r ffolder, ond nid ysgrifennu iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="103"/>
        <source>This computer account is not allowed to write to the notes folder.</source>
        <translation>Does gan y cyfrif cyfrifiadur hwn ddim caniatâd i ysgrifennu i&apos;r ffolder nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="107"/>
        <source>The computer could not write the notes file.</source>
        <translation>Doedd y cyfrifiadur ddim yn gallu ysgrifennu&apos;r ffeil nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="112"/>
        <source>Not saved yet. Your text is still here and nothing you saved before is lost. %1</source>
        <translation>Heb ei gadw eto. Mae eich testun yma o hyd, a does dim byd a gadwoch chi o&apos;r blaen wedi&apos;i golli. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="118"/>
        <source>Not saved yet: My notes is open in another window or program, so Safety Companion will not write over it. Close it there and your changes will be saved. Your text is still here.</source>
        <translation>Heb ei gadw eto: mae Fy nodiadau ar agor mewn ffenestr neu raglen arall, felly fydd Safety Companion ddim yn ysgrifennu drostyn nhw. Caewch nhw yno a bydd eich newidiadau&apos;n cael eu cadw. Mae eich testun yma o hyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="126"/>
        <source>Not saved yet: the notes file was changed outside this window, so Safety Companion will not write over it. Your text is still here.</source>
        <translation>Heb ei gadw eto: cafodd y ffeil nodiadau ei newid y tu allan i&apos;r ffenestr hon, felly fydd Safety Companion ddim yn ysgrifennu drosti. Mae eich testun yma o hyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="139"/>
        <source>This computer has no keyring (password store) that Safety Companion can use.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cylch allweddi (storfa cyfrineiriau) y gall Safety Companion ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="142"/>
        <source>The keyring on this computer is set to keep nothing, so it cannot be used.</source>
        <translation>Mae&apos;r cylch allweddi ar y cyfrifiadur hwn wedi&apos;i osod i beidio â chadw dim, felly does dim modd ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="145"/>
        <source>The keyring on this computer keeps passwords in a file without protection, so Safety Companion will not use it.</source>
        <translation>Mae&apos;r cylch allweddi ar y cyfrifiadur hwn yn cadw cyfrineiriau mewn ffeil heb ddiogelwch, felly fydd Safety Companion ddim yn ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="150"/>
        <source>The keyring on this computer is locked or is not answering. Unlock it (often by logging in again) and try again.</source>
        <translation>Mae&apos;r cylch allweddi ar y cyfrifiadur hwn wedi&apos;i gloi neu dydy e ddim yn ymateb. Datglowch e (yn aml drwy fewngofnodi eto) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="155"/>
        <source>The key kept in this computer&apos;s keyring was not one Safety Companion made.</source>
        <translation>Nid Safety Companion wnaeth yr allwedd sydd yng nghylch allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="158"/>
        <source>Safety Companion is running from its own folder (portable mode), so it does not use this computer&apos;s keyring: that would leave a trace on the computer.</source>
        <translation>Mae Safety Companion yn rhedeg o&apos;i ffolder ei hun (modd cludadwy), felly nid yw&apos;n defnyddio cylch allweddi&apos;r cyfrifiadur hwn: byddai hynny&apos;n gadael ôl ar y cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="164"/>
        <source>The keyring on this computer reported a problem.</source>
        <translation>Rhoddodd y cylch allweddi ar y cyfrifiadur hwn wybod am broblem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="173"/>
        <source>The notes file could not be read. %1</source>
        <translation>Doedd dim modd darllen y ffeil nodiadau. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="176"/>
        <source>My notes cannot be opened safely here, because its lock file cannot be made. %1</source>
        <translation>Does dim modd agor Fy nodiadau yn ddiogel yma, achos does dim modd creu&apos;r ffeil gloi. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="180"/>
        <source>The notes file is damaged, so it cannot be opened. This can happen if the computer switched off while saving. It is not your fault.</source>
        <translation>Mae&apos;r ffeil nodiadau wedi&apos;i difrodi, felly does dim modd ei hagor. Gall hyn ddigwydd os aeth y cyfrifiadur i ffwrdd wrth gadw. Nid arnoch chi mae&apos;r bai.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="185"/>
        <source>The notes file has been changed by something other than Safety Companion, so it cannot be trusted and has not been opened.</source>
        <translation>Mae rhywbeth heblaw Safety Companion wedi newid y ffeil nodiadau, felly does dim modd ymddiried ynddi, a dydy hi ddim wedi cael ei hagor.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="190"/>
        <source>These notes were saved by a newer version of Safety Companion. This version cannot open them safely. Use the newer version, or update Safety Companion on this computer.</source>
        <translation>Cafodd y nodiadau hyn eu cadw gan fersiwn mwy newydd o Safety Companion. All y fersiwn hwn ddim eu hagor yn ddiogel. Defnyddiwch y fersiwn mwy newydd, neu diweddarwch Safety Companion ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="195"/>
        <source>My notes is open in another window or program. Close it there, then press Try again.</source>
        <translation>Mae Fy nodiadau ar agor mewn ffenestr neu raglen arall. Caewch nhw yno, yna pwyswch Rhoi cynnig arall.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="199"/>
        <source>My notes cannot be opened safely in this folder, because the computer will not let Safety Companion lock the file.</source>
        <translation>Does dim modd agor Fy nodiadau yn ddiogel yn y ffolder hwn, achos dydy&apos;r cyfrifiadur ddim yn gadael i Safety Companion gloi&apos;r ffeil.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="204"/>
        <source>The notes file is missing, but earlier copies of it are still here.</source>
        <translation>Mae&apos;r ffeil nodiadau ar goll, ond mae copïau cynharach ohoni yma o hyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="205"/>
        <source>Opening this notes file would take far more of this computer&apos;s memory and time than My notes ever uses, so it was not tried. If these are your notes, try again when the computer is less busy, or open them on the computer where you made them.</source>
        <translation>Byddai agor y ffeil nodiadau hon yn cymryd llawer mwy o gof ac amser y cyfrifiadur hwn nag y mae Fy nodiadau byth yn ei ddefnyddio, felly ni roddwyd cynnig arni. Os mai eich nodiadau chi yw&apos;r rhain, rhowch gynnig arall arni pan fydd y cyfrifiadur yn llai prysur, neu agorwch nhw ar y cyfrifiadur lle gwnaethoch nhw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="212"/>
        <source>My notes could not be opened.</source>
        <translation>Doedd dim modd agor Fy nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="287"/>
        <source>an unknown time</source>
        <translation>amser anhysbys</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="289"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="23"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>Close this message</source>
        <translation>Cau&apos;r neges hon</translation>
    </message>
</context>
<context>
    <name>OpenView</name>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report…</source>
        <translation>Creu adroddiad…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report of this case</source>
        <translation>Creu adroddiad o&apos;r achos hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="63"/>
        <source>Backups and settings</source>
        <translation>Copïau wrth gefn a gosodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock My notes</source>
        <translation>Cloi Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="66"/>
        <source>Lock My notes now (Ctrl+L)</source>
        <translation>Cloi Fy nodiadau nawr (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="138"/>
        <source>All changes saved</source>
        <translation>Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="139"/>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="140"/>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="52"/>
        <source>Backups and settings</source>
        <translation>Copïau wrth gefn a gosodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="53"/>
        <source>Back to my notes</source>
        <translation>Yn ôl i Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="82"/>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="85"/>
        <source>Lock My notes after this long without use</source>
        <translation>Cloi Fy nodiadau ar ôl hyn o amser heb ddefnydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>1 minute</source>
        <translation>1 munud</translation>
    </message>
    <message numerus="yes">
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="95"/>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="100"/>
        <source>My notes also locks when you press Lock or Quick exit, when you close the app, and when the computer goes to sleep or the screen locks.</source>
        <translation>Mae Fy nodiadau hefyd yn cloi pan fyddwch chi&apos;n pwyso Cloi neu Gadael yn gyflym, pan fyddwch chi&apos;n cau&apos;r ap, a phan fydd y cyfrifiadur yn mynd i gysgu neu&apos;r sgrin yn cloi.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="108"/>
        <source>Unlock automatically</source>
        <translation>Datgloi&apos;n awtomatig</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="110"/>
        <source>Unlock automatically on this computer account</source>
        <translation>Datgloi&apos;n awtomatig ar y cyfrif cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="117"/>
        <source>Then My notes opens without your passphrase on this computer. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>Wedyn bydd Fy nodiadau yn agor heb eich cyfrinymadrodd ar y cyfrifiadur hwn. Ond byddai unrhyw un sy&apos;n gallu mewngofnodi i&apos;r cyfrifiadur hwn fel chi yn gallu agor eich nodiadau wedyn. Gadewch hwn i ffwrdd os ydych chi&apos;n rhannu&apos;r cyfrif cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="128"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="129"/>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation>Dewiswch gyfrinymadrodd newydd. Bydd eich cod adfer yn aros yr un fath.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="133"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="143"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="147"/>
        <source>If someone else may have seen your recovery code, get a new one. The old code then stops opening your notes.</source>
        <translation>Os yw&apos;n bosibl bod rhywun arall wedi gweld eich cod adfer, mynnwch un newydd. Wedyn bydd yr hen god yn peidio ag agor eich nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="154"/>
        <source>Get a new recovery code</source>
        <translation>Cael cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="61"/>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="65"/>
        <source>A backup is an encrypted copy of all your notes, for example on a USB stick. It opens with the passphrase or recovery code you have when you make it.</source>
        <translation>Mae copi wrth gefn yn gopi wedi&apos;i amgryptio o&apos;ch holl nodiadau, er enghraifft ar gof bach USB. Mae&apos;n agor gyda&apos;r cyfrinymadrodd neu&apos;r cod adfer sydd gennych chi pan fyddwch chi&apos;n ei wneud.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Back up…</source>
        <translation>Gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Save a backup of My notes</source>
        <translation>Cadw copi wrth gefn o Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore…</source>
        <translation>Adfer…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore My notes from a backup</source>
        <translation>Adfer Fy nodiadau o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="124"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Yn gwirio cylch allweddi&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="161"/>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything</source>
        <translation>Dileu popeth</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="162"/>
        <source>DELETE</source>
        <translation>DILEU</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="171"/>
        <source>You can also type it without accents: %1.</source>
        <translation>Gallwch chi hefyd ei deipio heb acenion: %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="165"/>
        <source>This deletes all your notes from this computer, with their earlier copies, and the key in the keyring. Backups you saved somewhere else are not deleted. To do it, type %1 below.</source>
        <translation>Mae hyn yn dileu eich holl nodiadau o&apos;r cyfrifiadur hwn, gyda&apos;u copïau cynharach, a&apos;r allwedd yn y cylch allweddi. Dydy copïau wrth gefn a gadwoch chi rywle arall ddim yn cael eu dileu. I wneud hyn, teipiwch %1 isod.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="175"/>
        <source>Type %1 to confirm</source>
        <translation>Teipiwch %1 i gadarnhau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything in My notes</source>
        <translation>Dileu popeth yn Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="225"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>Felly mae&apos;r dewis hwn i ffwrdd. Mae eich cyfrinymadrodd yn gweithio bob amser.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="18"/>
        <source>Your Designated Safeguarding Lead (DSL) at %1 is %2.</source>
        <translation>Eich Person Diogelu Dynodedig (DSP) yn %1 yw %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="26"/>
        <source>Your Designated Safeguarding Lead (DSL) is %1.</source>
        <translation>Eich Person Diogelu Dynodedig (DSP) yw %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="31"/>
        <source>How to reach them: %1</source>
        <translation>Sut i gysylltu â nhw: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="35"/>
        <source>How to reach your Designated Safeguarding Lead (DSL): %1</source>
        <translation>Sut i gysylltu â&apos;ch Person Diogelu Dynodedig (DSP): %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="49"/>
        <source>Set by your organisation (%1)</source>
        <translation>Wedi&apos;i osod gan eich sefydliad (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="50"/>
        <source>Set by your organisation</source>
        <translation>Wedi&apos;i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="56"/>
        <source>Some of your organisation&apos;s settings could not be used, so the app&apos;s normal settings apply. Please tell your IT team: %1</source>
        <translation>Nid oedd modd defnyddio rhai o osodiadau eich sefydliad, felly mae gosodiadau arferol yr ap yn berthnasol. Dywedwch wrth eich tîm TG: %1</translation>
    </message>
</context>
<context>
    <name>OwnAccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Your account %1</source>
        <translation>Eich cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Remove your account %1</source>
        <translation>Tynnu eich cyfrif %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="124"/>
        <source>Platform or app</source>
        <translation>Platfform neu ap</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username there</source>
        <translation>Eich enw defnyddiwr yno</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="128"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>Yn union fel mae&apos;n ymddangos, er enghraifft @enw_123</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="92"/>
        <source>Show what I type</source>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="91"/>
        <source>Show the passphrase as I type it</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi ei deipio</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest one for me</source>
        <translation>Awgrymu un i mi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest a passphrase of five random words</source>
        <translation>Awgrymu cyfrinymadrodd o bum gair ar hap</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="122"/>
        <source>Here is a passphrase of five random words. Write it down or learn it before you go on. You can change it: it is yours now.</source>
        <translation>Dyma gyfrinymadrodd o bum gair ar hap. Ysgrifennwch e i lawr neu dysgwch e cyn mynd ymlaen. Gallwch ei newid: eich un chi yw e nawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="136"/>
        <source>Type it again here, to be sure.</source>
        <translation>Teipiwch e eto yma, i fod yn siŵr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="138"/>
        <source>Both are the same.</source>
        <translation>Mae&apos;r ddau yr un fath.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="140"/>
        <source>These two are not the same yet.</source>
        <translation>Dydy&apos;r ddau ddim yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="36"/>
        <source>Some parts of the app could not be loaded, so they are left out: %1. Everything else works.</source>
        <translation>Doedd dim modd llwytho rhai rhannau o&apos;r ap, felly maen nhw wedi&apos;u gadael allan: %1. Mae popeth arall yn gweithio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="52"/>
        <source>Other people who use this computer may be able to open Safety Companion&apos;s folder %1, and it could not be made private. Ask someone who looks after this computer to help.</source>
        <translation>Efallai y gall pobl eraill sy&apos;n defnyddio&apos;r cyfrifiadur hwn agor ffolder Safety Companion %1, ac nid oedd modd ei wneud yn breifat. Gofynnwch i rywun sy&apos;n gofalu am y cyfrifiadur hwn am help.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="63"/>
        <source>The disk is full. Free up some space, then change the setting again.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le, yna newidiwch y gosodiad eto.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="64"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>Mae modd darllen y ddisg neu&apos;r ffolder, ond nid ysgrifennu iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="65"/>
        <source>This computer account is not allowed to write to the settings folder.</source>
        <translation>Does gan y cyfrif cyfrifiadur hwn ddim caniatâd i ysgrifennu i&apos;r ffolder gosodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="69"/>
        <source>Your settings could not be saved, so they will only last until you close the app. %1</source>
        <translation>Doedd dim modd cadw eich gosodiadau, felly fyddan nhw ond yn para nes i chi gau&apos;r ap. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="70"/>
        <source>The computer could not write the settings file.</source>
        <translation>Doedd y cyfrifiadur ddim yn gallu ysgrifennu&apos;r ffeil gosodiadau.</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="22"/>
        <source>My notes could not be opened</source>
        <translation>Doedd dim modd agor Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try to open My notes again</source>
        <translation>Ceisio agor Fy nodiadau eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="48"/>
        <source>Safety Companion keeps earlier copies of your notes. You can open one of these instead. It has everything up to the time it was saved, and the damaged file is kept too.</source>
        <translation>Mae Safety Companion yn cadw copïau cynharach o&apos;ch nodiadau. Gallwch chi agor un o&apos;r rhain yn lle hynny. Mae&apos;n cynnwys popeth hyd at yr adeg y cafodd ei gadw, ac mae&apos;r ffeil a gafodd ei difrodi&apos;n cael ei chadw hefyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="52"/>
        <source>The earlier copies of your notes can&apos;t be opened either.</source>
        <translation>Does dim modd agor copïau cynharach eich nodiadau chwaith.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="60"/>
        <source>Open the copy saved on %1</source>
        <translation>Agor y copi a gafodd ei gadw ar %1</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="12"/>
        <source>A young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="13"/>
        <source>A parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="14"/>
        <source>Someone who works with young people</source>
        <translation>Rhywun sy&apos;n gweithio gyda phobl ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="15"/>
        <source>An adult (18 or over)</source>
        <translation>Oedolyn (18 oed neu&apos;n hŷn)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="17"/>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="24"/>
        <source>I am a young person</source>
        <translation>Rwy&apos;n berson ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="25"/>
        <source>I am under 18, and this is about me or a friend</source>
        <translation>Rydw i o dan 18 oed, ac mae hyn amdana i neu am ffrind</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="28"/>
        <source>I am a parent or carer</source>
        <translation>Rwy&apos;n rhiant neu&apos;n ofalwr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="29"/>
        <source>I am worried about my child, or want to be ready</source>
        <translation>Rwy&apos;n poeni am fy mhlentyn, neu rwy eisiau bod yn barod</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="32"/>
        <source>I work with young people</source>
        <translation>Rwy&apos;n gweithio gyda phobl ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="33"/>
        <source>For example in a school, a club or a youth group</source>
        <translation>Er enghraifft mewn ysgol, clwb neu grŵp ieuenctid</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="36"/>
        <source>I am an adult</source>
        <translation>Rwy&apos;n oedolyn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="37"/>
        <source>I am 18 or over, and this is happening to me</source>
        <translation>Rwy&apos;n 18 oed neu&apos;n hŷn, ac mae hyn yn digwydd i mi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="46"/>
        <source>For young people</source>
        <translation>I bobl ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="47"/>
        <source>For parents and carers</source>
        <translation>I rieni a gofalwyr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="48"/>
        <source>For people who work with young people</source>
        <translation>I bobl sy&apos;n gweithio gyda phobl ifanc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="49"/>
        <source>For adults it is happening to</source>
        <translation>I oedolion y mae hyn yn digwydd iddyn nhw</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="73"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="31"/>
        <source>A recovery code has only letters and numbers.</source>
        <translation>Dim ond llythrennau a rhifau sydd mewn cod adfer.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="33"/>
        <source>Some characters are still missing.</source>
        <translation>Mae rhai nodau ar goll o hyd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="35"/>
        <source>That&apos;s more characters than a recovery code has.</source>
        <translation>Mae hynny&apos;n fwy o nodau nag sydd mewn cod adfer.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="38"/>
        <source>There&apos;s a typing mistake in group %1 (groups are counted from the left).</source>
        <translation>Mae camgymeriad teipio yng ngrŵp %1 (mae&apos;r grwpiau&apos;n cael eu cyfrif o&apos;r chwith).</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="69"/>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="174"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="77"/>
        <source>If you ever forget your passphrase, this code is the only other way to open My notes. Write it down or print it, and keep it somewhere safe, away from this computer. Once you carry on to My notes, it will not be shown again.</source>
        <translation>Os byddwch chi&apos;n anghofio eich cyfrinymadrodd rywbryd, y cod hwn yw&apos;r unig ffordd arall o agor Fy nodiadau. Ysgrifennwch e neu argraffwch e, a chadwch e rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Ar ôl i chi fynd ymlaen i Fy nodiadau, fydd e ddim yn cael ei ddangos eto.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save the recovery code as a PDF, for example on a USB stick</source>
        <translation>Cadw&apos;r cod adfer fel PDF, er enghraifft ar ffon USB</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I&apos;ve kept a copy</source>
        <translation>Rydw i wedi cadw copi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I have written down, printed or saved the recovery code</source>
        <translation>Rydw i wedi ysgrifennu, argraffu neu gadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="127"/>
        <source>A group is a block of 5 letters and numbers between the dashes. Count them from the left. Capitals don&apos;t matter.</source>
        <translation>Mae grŵp yn floc o 5 llythyren a rhif rhwng y llinellau toriad. Cyfrifwch nhw o&apos;r chwith. Does dim ots am lythrennau mawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="158"/>
        <source>Show the code again</source>
        <translation>Dangos y cod eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="226"/>
        <source>That isn&apos;t group %1. Check it against your copy, counting from the left.</source>
        <translation>Nid grŵp %1 yw hwnnw. Gwiriwch e yn erbyn eich copi, gan gyfrif o&apos;r chwith.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue to My notes</source>
        <translation>Parhau i Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="194"/>
        <source>Now check your copy: type group %1 and group %2 of your recovery code.</source>
        <translation>Nawr gwiriwch eich copi: teipiwch grŵp %1 a grŵp %2 o&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="198"/>
        <source>Group %1</source>
        <translation>Grŵp %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="199"/>
        <source>Group %1 of the recovery code</source>
        <translation>Grŵp %1 o&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="217"/>
        <source>That&apos;s right.</source>
        <translation>Mae hynny&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="242"/>
        <source>Safety Companion: recovery code for My notes</source>
        <translation>Safety Companion: cod adfer ar gyfer Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="244"/>
        <source>Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase.</source>
        <translation>Cadwch hwn rywle diogel, i ffwrdd o&apos;r cyfrifiadur. Mae&apos;n agor eich nodiadau os byddwch chi&apos;n anghofio eich cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="32"/>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="33"/>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="34"/>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="35"/>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Report %1</source>
        <translation>Adroddiad %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Remove report %1</source>
        <translation>Tynnu adroddiad %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Made to</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Who the report was made to</source>
        <translation>I bwy y cafodd yr adroddiad ei wneud</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="268"/>
        <source>For example CEOP, the police, Instagram, my school</source>
        <translation>Er enghraifft CEOP, yr heddlu, Instagram, fy ysgol</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="270"/>
        <source>Date of the report</source>
        <translation>Dyddiad yr adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="272"/>
        <source>I don&apos;t know the date</source>
        <translation>Dydw i ddim yn gwybod y dyddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="273"/>
        <source>I don&apos;t know the date of the report</source>
        <translation>Dydw i ddim yn gwybod dyddiad yr adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="281"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="282"/>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="33"/>
        <location filename="../safetyapp/ui/notes/report_export.py" line="39"/>
        <source>Make a report</source>
        <translation>Creu adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="42"/>
        <source>A report is a copy of this case that is NOT encrypted. It has personal information in it: the accounts, what happened and when. Anyone who opens the file can read it.</source>
        <translation>Mae adroddiad yn gopi o&apos;r achos hwn sydd HEB ei amgryptio. Mae gwybodaeth bersonol ynddo: y cyfrifon, beth ddigwyddodd a phryd. Gall unrhyw un sy&apos;n agor y ffeil ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="50"/>
        <source>Save it only where you need it, for example to give to the police, CEOP, the platform or your school&apos;s safeguarding lead. Delete it when it is no longer needed.</source>
        <translation>Cadwch e dim ond lle mae ei angen, er enghraifft i&apos;w roi i&apos;r heddlu, CEOP, y platfform neu berson diogelu eich ysgol. Dilëwch e pan nad oes ei angen mwyach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="55"/>
        <source>PDF, for printing or sending</source>
        <translation>PDF, i&apos;w argraffu neu ei anfon</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="56"/>
        <source>Save the report as a PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="57"/>
        <source>Plain text, for copying into a form</source>
        <translation>Testun plaen, i&apos;w gopïo i ffurflen</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="58"/>
        <source>Save the report as plain text</source>
        <translation>Cadw&apos;r adroddiad fel testun plaen</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="67"/>
        <source>Save the report…</source>
        <translation>Cadw&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="68"/>
        <source>Choose where to save the report</source>
        <translation>Dewis ble i gadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="71"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="23"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="34"/>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="35"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="36"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="37"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="45"/>
        <source>%1: draft translation</source>
        <translation>%1: cyfieithiad drafft</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="48"/>
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="49"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="50"/>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="73"/>
        <source>A draft translation has not yet been checked by a native speaker. Where it is unclear, the English version is always right.</source>
        <translation>Nid yw siaradwr iaith gyntaf wedi gwirio cyfieithiad drafft eto. Lle nad yw&apos;n glir, mae&apos;r fersiwn Saesneg bob amser yn gywir.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="83"/>
        <source>Where your information is kept</source>
        <translation>Ble mae eich gwybodaeth yn cael ei chadw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="85"/>
        <source>Settings: %1</source>
        <translation>Gosodiadau: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="86"/>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="93"/>
        <source>Portable mode is on: everything stays in the app&apos;s own folder, so nothing is left on this computer.</source>
        <translation>Mae&apos;r modd cludadwy ymlaen: mae popeth yn aros yn ffolder yr ap ei hun, felly does dim byd yn cael ei adael ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="99"/>
        <source>Words only: My notes never takes pictures or files. Keep any pictures where they are and don&apos;t forward them.</source>
        <translation>Geiriau yn unig: dydy Fy nodiadau byth yn cymryd lluniau na ffeiliau. Gadewch unrhyw luniau lle maen nhw, a pheidiwch â&apos;u hanfon ymlaen.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="91"/>
        <source>My notes is a safe place to write down what happened: who contacted you, what they asked for, and when. The police, CEOP and your school will ask for these details, and chats can disappear.</source>
        <translation>Mae Fy nodiadau yn lle diogel i ysgrifennu beth ddigwyddodd: pwy gysylltodd â chi, beth roedden nhw eisiau, a phryd. Bydd yr heddlu, CEOP a&apos;ch ysgol yn gofyn am hyn, a gall sgyrsiau ddiflannu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="107"/>
        <source>Your notes are locked with a passphrase: a password made of a few words, long but easy to remember. Nobody else can read your notes without it.</source>
        <translation>Mae cyfrinymadrodd yn cloi eich nodiadau: cyfrinair wedi&apos;i wneud o ychydig eiriau, yn hir ond yn hawdd ei gofio. All neb arall eu darllen hebddo.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="117"/>
        <source>Create My notes</source>
        <translation>Creu Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="146"/>
        <source>Setting up your notes. This takes a few seconds…</source>
        <translation>Yn paratoi eich nodiadau. Mae hyn yn cymryd ychydig eiliadau…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../safetyapp/ui/app/single_instance.py" line="258"/>
        <source>Safety Companion is already open, but it is not answering. Wait a moment and open it again. If it still does not appear, restart the computer.</source>
        <translation>Mae Safety Companion ar agor yn barod, ond dydy e ddim yn ymateb. Arhoswch funud ac agorwch e eto. Os nad yw&apos;n ymddangos o hyd, ailgychwynnwch y cyfrifiadur.</translation>
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
        <translation>Cam %1: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="87"/>
        <source>Tick when you have done this step</source>
        <translation>Ticiwch pan fyddwch chi wedi gwneud y cam hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="92"/>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>How to do it</source>
        <translation>Sut i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>Show how to do step %1</source>
        <translation>Dangos sut i wneud cam %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more</source>
        <translation>Darllen rhagor</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more about step %1</source>
        <translation>Darllen rhagor am gam %1</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="152"/>
        <source>For example: %1</source>
        <translation>Er enghraifft: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="154"/>
        <source>This can&apos;t be read as a date and time. Type it like this: %1</source>
        <translation>Does dim modd darllen hyn fel dyddiad ac amser. Teipiwch e fel hyn: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="156"/>
        <source>This can&apos;t be read as a date. Type it like this: %1</source>
        <translation>Does dim modd darllen hyn fel dyddiad. Teipiwch e fel hyn: %1</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="153"/>
        <source>Write down each thing that happened, and when: first contact, what they asked for, threats, payments, blocking and reporting. Times are in this computer&apos;s time.</source>
        <translation>Ysgrifennwch bob peth a ddigwyddodd, a phryd: y cysylltiad cyntaf, beth roedden nhw&apos;n gofyn amdano, bygythiadau, taliadau, blocio a rhoi gwybod. Mae&apos;r amseroedd yn ôl amser y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="160"/>
        <source>Add something that happened</source>
        <translation>Ychwanegu rhywbeth a ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="168"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="193"/>
        <source>When it happened, in this computer&apos;s time</source>
        <translation>Pryd digwyddodd e, yn ôl amser y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Set the time to now</source>
        <translation>Gosod yr amser i nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="200"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="202"/>
        <location filename="../safetyapp/ui/notes/timeline.py" line="206"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="207"/>
        <source>Details of what happened</source>
        <translation>Manylion beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="208"/>
        <source>In your own words. For example: said they would send it to my friends.</source>
        <translation>Yn eich geiriau eich hun. Er enghraifft: dweud y bydden nhw&apos;n ei anfon at fy ffrindiau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="212"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="215"/>
        <source>Remove this event</source>
        <translation>Tynnu&apos;r digwyddiad hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="307"/>
        <source>Remove this event?</source>
        <translation>Tynnu&apos;r digwyddiad hwn?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="308"/>
        <source>What you wrote about it will be removed from this case.</source>
        <translation>Bydd yr hyn ysgrifennoch chi amdano yn cael ei dynnu o&apos;r achos hwn.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="309"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="49"/>
        <source>My notes is locked</source>
        <translation>Mae Fy nodiadau wedi&apos;u cloi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="62"/>
        <source>Open with this computer&apos;s keyring</source>
        <translation>Agor gyda chylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="88"/>
        <source>Your notes are safe and locked. Type your passphrase to open them.</source>
        <translation>Mae eich nodiadau&apos;n ddiogel ac wedi&apos;u cloi. Teipiwch eich cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="90"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="92"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <source>Unlock My notes</source>
        <translation>Datgloi Fy nodiadau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="102"/>
        <source>Use my recovery code</source>
        <translation>Defnyddio fy nghod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="103"/>
        <source>I forgot my passphrase</source>
        <translation>Rydw i wedi anghofio fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="117"/>
        <source>Type the recovery code you were given when you set up My notes.</source>
        <translation>Teipiwch y cod adfer a gawsoch chi pan wnaethoch chi osod Fy nodiadau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="119"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="123"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="150"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="153"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock with the recovery code</source>
        <translation>Datgloi gyda&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back to the passphrase</source>
        <translation>Yn ôl i&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="144"/>
        <source>That&apos;s OK. Type your recovery code, then choose a new passphrase. Everything in your notes stays as it is.</source>
        <translation>Mae hynny&apos;n iawn. Teipiwch eich cod adfer, yna dewiswch gyfrinymadrodd newydd. Bydd popeth yn eich nodiadau yn aros fel y mae.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="162"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Gosod y cyfrinymadrodd newydd a datgloi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="202"/>
        <source>You can try again now.</source>
        <translation>Gallwch roi cynnig arall arni nawr.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="209"/>
        <source>That was a lot of wrong tries, so My notes is waiting a little before the next one: you can try again in %1. Nothing has been deleted, and your notes are safe.</source>
        <translation>Roedd hynny&apos;n llawer o gynigion anghywir, felly mae Fy nodiadau yn aros ychydig cyn yr un nesaf: gallwch roi cynnig arall arni ymhen %1. Does dim byd wedi&apos;i ddileu, ac mae eich nodiadau&apos;n ddiogel.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="290"/>
        <source>Check the recovery code: it isn&apos;t complete or has a typing mistake.</source>
        <translation>Gwiriwch y cod adfer: dydy e ddim yn gyflawn, neu mae camgymeriad teipio ynddo.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="29"/>
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="31"/>
        <source>This helps us show the advice that fits you best. You can change it at any time.</source>
        <translation>Mae hyn yn ein helpu i ddangos y cyngor sy&apos;n fwyaf addas i chi. Gallwch chi ei newid unrhyw bryd.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="40"/>
        <source>Skip: show me everything</source>
        <translation>Hepgor: dangos popeth i mi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="23"/>
        <source>It can be sorted out. If someone is threatening to share images, for now: do not pay, stop replying, and do not delete the messages.</source>
        <translation>Mae modd datrys hyn. Os oes rhywun yn bygwth rhannu delweddau, am nawr: peidiwch â thalu, peidiwch ag ateb, a pheidiwch â dileu&apos;r negeseuon.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="70"/>
        <source>What to do now</source>
        <translation>Beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="81"/>
        <source>Some of these questions are not translated yet, so they are shown in English.</source>
        <translation>Nid yw rhai o&apos;r cwestiynau hyn wedi&apos;u cyfieithu eto, felly maen nhw&apos;n cael eu dangos yn Saesneg.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="86"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>Drafft yw&apos;r cyfieithiad hwn: nid yw siaradwr Cymraeg iaith gyntaf wedi&apos;i wirio eto.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="95"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="97"/>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="225"/>
        <source>Question %1 of about %2</source>
        <translation>Cwestiwn %1 o tua %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="345"/>
        <source>Include my answers when printing</source>
        <translation>Cynnwys fy atebion wrth argraffu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="348"/>
        <source>Write down the account details now</source>
        <translation>Ysgrifennu manylion y cyfrif nawr</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print the plan</source>
        <translation>Argraffu&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save the plan as a PDF</source>
        <translation>Cadw&apos;r cynllun fel PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="355"/>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="136"/>
        <source>My action plan</source>
        <translation>Fy nghynllun gweithredu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="337"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="373"/>
        <source>Your plan</source>
        <translation>Eich cynllun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="108"/>
        <source>Start again? Your answers and your plan will be forgotten.</source>
        <translation>Dechrau eto? Bydd eich atebion a&apos;ch cynllun yn cael eu hanghofio.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="112"/>
        <source>No, keep my answers</source>
        <translation>Na, cadw fy atebion</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="114"/>
        <source>Yes, start again</source>
        <translation>Ie, dechrau eto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change whom the plan is for</source>
        <translation>Newid ar gyfer pwy mae&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="150"/>
        <source>Showing the plan for: %1</source>
        <translation>Yn dangos y cynllun ar gyfer: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="195"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="303"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="150"/>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="156"/>
        <source>Read more in this app: Advice, “%1”</source>
        <translation>Darllenwch fwy yn yr ap hwn: Cyngor, “%1”</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="163"/>
        <source>My answers</source>
        <translation>Fy atebion</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="162"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="170"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="202"/>
        <source>Could not save</source>
        <translation>Methu cadw</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="172"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="203"/>
        <source>The PDF could not be saved in %1. Try another folder, such as Documents.</source>
        <translation>Doedd dim modd cadw&apos;r PDF yn %1. Rhowch gynnig ar ffolder arall, fel Dogfennau.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="206"/>
        <source>Saved as %1</source>
        <translation>Wedi&apos;i gadw fel %1</translation>
    </message>
</context>
</TS>
