<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="60"/>
        <source>1. Egenvårdsbedömning</source>
        <translation>1. Self-care assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="61"/>
        <source>Vilken hälso- och sjukvårdsåtgärd bedöms, av vem och när.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="63"/>
        <source>Åtgärd/insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="63"/>
        <source>t.ex. Insulininjektion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="65"/>
        <source>Typ av bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="66"/>
        <source>Ny bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="66"/>
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="69"/>
        <source>Var hjälpen ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="70"/>
        <source>Bedömare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="71"/>
        <source>Bedömarens profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="72"/>
        <source>Bedömarens organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="73"/>
        <source>Bedömningsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="74"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="76"/>
        <source>&amp;Åtgärd/insats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="77"/>
        <source>&amp;Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="78"/>
        <source>&amp;Var:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="79"/>
        <source>&amp;Bedömare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="80"/>
        <source>&amp;Profession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="81"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="82"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="83"/>
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="96"/>
        <source>Åtgärd/insats måste fyllas i.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/plans/batch.py" line="88"/>
        <location filename="../../ui/plans/batch.py" line="250"/>
        <source>Skriv ut flera planer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="97"/>
        <source>&amp;Skriv ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="99"/>
        <source>Skriv planerna till mappen (Retur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="100"/>
        <source>S&amp;täng</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="111"/>
        <source>Vilka planer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="114"/>
        <source>&amp;Alla planer i listan ({0} st, filtret gäller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="116"/>
        <source>&amp;Markerade planer ({0} st)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="127"/>
        <source>Hur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="129"/>
        <source>&amp;Försegla signerade planer (elektronisk försegling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="130"/>
        <source>Försegla signerade planer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="134"/>
        <source>En förseglad PDF sparas också med planversionen. Utkast skrivs ut märkta UTKAST och förseglas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="141"/>
        <source>Ma&amp;pp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="142"/>
        <source>Mapp att skriva till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="144"/>
        <source>&amp;Välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="145"/>
        <source>Välj mapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="153"/>
        <source>Filerna heter egenvardsplan-&lt;id&gt;-v&lt;version&gt;.pdf: inga namn eller personnummer i filnamnen. En fil med samma namn skrivs över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="178"/>
        <source>Mapp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="179"/>
        <source>Skrivna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="180"/>
        <source>Förseglade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="181"/>
        <source>Kunde inte skrivas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="190"/>
        <source>Planer som inte kunde skrivas, med skälet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="194"/>
        <source>Planer som inte kunde skrivas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="202"/>
        <source>Välj mapp för planerna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="216"/>
        <source>Listan är tom: det finns inga planer att skriva ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="219"/>
        <source>Välj en mapp att skriva planerna till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="234"/>
        <source>Skyddad identitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="236"/>
        <source>{0} av planerna gäller personer med skyddad identitet. Utskrifterna visar fullständigt personnummer. Hantera filerna och papperen enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="248"/>
        <source>Skriver planer till {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="248"/>
        <source>&amp;Avbryt</source>
        <translation type="unfinished">&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="276"/>
        <source>Avbryter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="282"/>
        <source>Skrivit {0} av {1} planer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="305"/>
        <source>Kunde inte skriva i mappen {0}: kontrollera att den finns och att du får skriva där.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="314"/>
        <source>Avbrutet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="316"/>
        <source>Utskriften avbröts efter {0} av {1} planer. Filerna som redan skrivits finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="321"/>
        <source>Klart, med fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="321"/>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="322"/>
        <source>Alla {0} planer är genomgångna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="324"/>
        <source>{0} av {1} planer skrevs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="326"/>
        <source>{0} signerade planer förseglades och sparades med sin planversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/batch.py" line="328"/>
        <source>{0} planer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="68"/>
        <source>Dekrypterar och kontrollerar signatur, kontrollsummor och FHIR-innehåll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="69"/>
        <source>Jämför med databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="70"/>
        <source>Förbereder förhandsvisningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="73"/>
        <source>Kontroll och förhandsvisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="75"/>
        <source>&amp;Importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="82"/>
        <source>Visa även &amp;oförändrade poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="87"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="88"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="95"/>
        <source>Poster i paketet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="119"/>
        <source>Från {0}, fingeravtryck {1}. Signaturen och innehållet stämmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="126"/>
        <source>Konflikter skrivs inte över: du avgör dem sida vid sida efter importen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="133"/>
        <source>Paketet är skyddat med en lösenfras. Gå tillbaka och skriv lösenfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="39"/>
        <source>Ta emot utbytespaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="40"/>
        <source>Inget sparas förrän du har sett vad paketet innehåller och valt att importera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="42"/>
        <source>Paketets fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="43"/>
        <source>Lösenfras för paketet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="45"/>
        <source>bara om paketet är skyddat med lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="46"/>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="47"/>
        <source>&amp;Lösenfras:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="55"/>
        <source>Välj en fil som finns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../ui/common.py" line="161"/>
        <source>Det gick inte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="37"/>
        <source>Namn</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="38"/>
        <source>Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="39"/>
        <source>Efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="40"/>
        <source>Personnummer</source>
        <translation type="unfinished">Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="41"/>
        <source>Skyddad identitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="42"/>
        <source>Enhet / skola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="43"/>
        <source>Vårdnadshavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="44"/>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="45"/>
        <source>1. Åtgärd/insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="46"/>
        <source>2. Vem som utför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="47"/>
        <source>3. Vem som instruerar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="48"/>
        <source>3. Hur instruktion ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="49"/>
        <source>4. Vid skada eller risk för skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="50"/>
        <source>5. Om situationen förändras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="51"/>
        <source>6. Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="52"/>
        <source>7. Datum för omprövning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="54"/>
        <source>Skäl till makulering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="55"/>
        <source>Vad hände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="56"/>
        <source>Omedelbar åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="57"/>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="58"/>
        <source>Parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="59"/>
        <source>Nästa uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="60"/>
        <source>Planerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="61"/>
        <source>Gjord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="62"/>
        <source>Nästa datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="63"/>
        <source>Samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="72"/>
        <source>Ja</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="72"/>
        <source>Nej</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="85"/>
        <source>Konflikt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="88"/>
        <source>{0} för {1} är ändrad både här och hos avsändaren sedan förra utbytet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="95"/>
        <source>Visa bara fält som &amp;skiljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="102"/>
        <source>Fält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="103"/>
        <source>Här (vår version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="104"/>
        <source>Inkommande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="111"/>
        <source>Jämförelse fält för fält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="121"/>
        <source>Posten finns inte längre här; den inkommande kan läggas till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="126"/>
        <source>Behåll &amp;vår version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="127"/>
        <source>Ta &amp;inkommande version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/conflict.py" line="128"/>
        <source>Avgör &amp;senare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="135"/>
        <source>Vad ska skickas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="137"/>
        <source>Allt som &amp;ändrats sedan förra paketet till mottagaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="138"/>
        <source>&amp;Allt (alla personer med samtycke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="139"/>
        <source>&amp;Valda personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="148"/>
        <source>Sök person att lägga till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="148"/>
        <source>Sök namn eller personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="150"/>
        <source>Sökträffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="155"/>
        <source>Skickas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="157"/>
        <source>Lägg &amp;till →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="159"/>
        <source>← Ta &amp;bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="166"/>
        <source>Valda personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="237"/>
        <source>Lägg till minst en person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="118"/>
        <source>Lämna över kopia av planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="121"/>
        <source>Mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="122"/>
        <source>Mottagarens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="123"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="124"/>
        <source>&amp;Mottagare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="125"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="126"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="127"/>
        <source>Samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="129"/>
        <source>Samtycke lämnat av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="131"/>
        <source>Samtycke lämnat som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="133"/>
        <source>Den enskilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="134"/>
        <source>Vårdnadshavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="135"/>
        <source>Legal företrädare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="139"/>
        <source>Samtycke datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141"/>
        <source>Skriftligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141"/>
        <source>Muntligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="143"/>
        <source>&amp;Lämnat av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="144"/>
        <source>&amp;Som:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="145"/>
        <source>Samtycke &amp;datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="146"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="170"/>
        <source>Kopia av egenvårdsplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../ui/worker.py" line="203"/>
        <source>Ett oväntat fel inträffade ({0}). Inget sparat har gått förlorat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common.py" line="104"/>
        <source>{0}: ange datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="83"/>
        <source>Biståndsbeslut – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="85"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="86"/>
        <source>Ansökningsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="87"/>
        <source>Handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="89"/>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="91"/>
        <source>Ej beslutat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="92"/>
        <source>Beviljat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="93"/>
        <source>Avslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="96"/>
        <source>Beslutsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="97"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="97"/>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="98"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="100"/>
        <source>&amp;Lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="101"/>
        <source>&amp;Ansökt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="102"/>
        <source>&amp;Handläggare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="103"/>
        <source>&amp;Beslut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="104"/>
        <source>Beslu&amp;tsdatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="105"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="106"/>
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="70"/>
        <source>Avvikelse – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="70"/>
        <source>Avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="80"/>
        <source>När det hände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="81"/>
        <source>Plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="82"/>
        <source>Vad som hände</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="83"/>
        <source>Omedelbar åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="84"/>
        <source>Skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="86"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="89"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="90"/>
        <source>(ingen plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="93"/>
        <source>Rapportör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="94"/>
        <source>Rapportörens organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="95"/>
        <source>&amp;När:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="96"/>
        <source>&amp;Plats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="97"/>
        <source>&amp;Vad hände:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="98"/>
        <source>&amp;Omedelbar åtgärd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="99"/>
        <source>&amp;Skada:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="100"/>
        <source>&amp;Kategori:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="101"/>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="102"/>
        <source>&amp;Rapportör:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="103"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="107"/>
        <source>Skada eller risk för skada: bedömaren ska kontaktas för omprövning av egenvårdsbedömningen. Ange datum när bedömaren informerades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="116"/>
        <source>Bedömaren informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="118"/>
        <source>&amp;Bedömaren informerad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="120"/>
        <source>Berörda parter och när de informerades (ÅÅÅÅ-MM-DD, tomt = inte ännu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="122"/>
        <source>Informerade parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="123"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="123"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="123"/>
        <source>Informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="132"/>
        <source>Gemensam händelseanalys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="133"/>
        <source>Åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="139"/>
        <source>&amp;Händelseanalys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="140"/>
        <source>Åt&amp;gärder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="141"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="152"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="153"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="159"/>
        <source>Avvikelserapport (P&amp;DF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="164"/>
        <source>Rapporten som PDF, att skriva ut eller skicka till en annan organisation; visar det sparade (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="167"/>
        <source>Spara avvikelsen först; rapporten visar det som är sparat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="173"/>
        <source>Skicka till annan organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="175"/>
        <source>Avvikelsen i ett krypterat utbytespaket till en partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="185"/>
        <source>Öppet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="200"/>
        <source>Avvikelserapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="235"/>
        <source>Datum för informerad part skrivs ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="299"/>
        <source>Avvikelsen innebär skada eller risk för skada. Bedömaren ska kontaktas för omprövning; det står som öppen punkt tills datumet är ifyllt. Vill du starta en omprövning av planen nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="302"/>
        <source>Omprövning behövs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="131"/>
        <source>Tvist (tolkning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="135"/>
        <source>Parter, kommaseparerade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="136"/>
        <source>Frågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="137"/>
        <source>Öppnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="138"/>
        <source>&amp;Parter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="139"/>
        <source>&amp;Fråga:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="140"/>
        <source>&amp;Öppnad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="141"/>
        <source>Löst datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="142"/>
        <source>Lösning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="146"/>
        <source>Senast: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="146"/>
        <source>Ska vara löst senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="147"/>
        <source>&amp;Löst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="148"/>
        <source>L&amp;ösning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="166"/>
        <source>Ange datum när tvisten löstes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="151"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="154"/>
        <source>Importerar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="171"/>
        <source>Importen är klar: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="174"/>
        <source>{0} konflikter väntar på ditt beslut under Utbyte → Olösta konflikter. Inget har skrivits över.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="180"/>
        <source>Inget importerades.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPlanDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="575"/>
        <source>Ändra plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="582"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="583"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/common.py" line="139"/>
        <source>Felmeddelande</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/labels.py" line="11"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="12"/>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="13"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="14"/>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="15"/>
        <source>Kopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="16"/>
        <source>SIP</source>
        <translation type="unfinished">SIP</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="17"/>
        <source>Avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="18"/>
        <source>Förseglad PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="24"/>
        <source>Ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="25"/>
        <source>Uppdateras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="26"/>
        <source>Konflikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="27"/>
        <source>Oförändrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="32"/>
        <source>Skickat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="32"/>
        <source>Mottaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/labels.py" line="45"/>
        <source>{0} nya, {1} uppdateras, {2} i konflikt, {3} oförändrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../../ui/exchange/view.py" line="66"/>
        <source>Utbyte med andra organisationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="69"/>
        <source>&amp;Skicka utbytespaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="70"/>
        <source>Skicka utbytespaket (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="72"/>
        <source>&amp;Ta emot utbytespaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="73"/>
        <source>Ta emot utbytespaket (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="94"/>
        <source>Den här organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="104"/>
        <location filename="../../ui/exchange/view.py" line="126"/>
        <source>Fingeravtryck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="107"/>
        <source>Ge identitetsfilen till partnern (e-post eller USB-minne) och läs upp fingeravtrycket per telefon, så att partnern vet att filen är er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="112"/>
        <source>Spara &amp;identitetsfil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="121"/>
        <location filename="../../ui/exchange/view.py" line="133"/>
        <location filename="../../ui/exchange/view.py" line="182"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="125"/>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="127"/>
        <source>Betrodd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="127"/>
        <source>Ja</source>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="127"/>
        <source>Nej</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="128"/>
        <source>Tillagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="137"/>
        <source>&amp;Lägg till partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="138"/>
        <source>Läs in en partners identitetsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="140"/>
        <source>Lita &amp;på…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="142"/>
        <source>Sluta lita på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="151"/>
        <location filename="../../ui/exchange/view.py" line="161"/>
        <source>Olösta konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="155"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="156"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="157"/>
        <source>Fält som skiljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="166"/>
        <source>Ändrat på båda håll sedan förra utbytet. Inget har skrivits över: jämför och välj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="168"/>
        <source>&amp;Jämför och välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="176"/>
        <location filename="../../ui/exchange/view.py" line="188"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="180"/>
        <source>Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="181"/>
        <source>Riktning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="182"/>
        <source>(lösenfras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="183"/>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="184"/>
        <source>Innehåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="207"/>
        <source>Olösta konflikter ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="224"/>
        <source>Spara identitetsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="231"/>
        <source>Identitetsfil sparad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="232"/>
        <source>Filen {0} är sparad. Läs upp fingeravtrycket för partnern: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="240"/>
        <source>Läs in partnerns identitetsfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="262"/>
        <source>Välj en partner i listan först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="276"/>
        <source>Lita på {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="278"/>
        <source>Ring din kontakt hos {0} och be hen läsa upp sitt fingeravtryck.

Det ska vara:  {1}

Stämmer det exakt? Först då kan paket från {0} tas emot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/view.py" line="290"/>
        <source>Välj en konflikt i listan först.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunPage</name>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="286"/>
        <source>Samlar poster och kontrollerar samtycke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="287"/>
        <source>Bygger FHIR-innehållet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="288"/>
        <source>Krypterar och signerar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="289"/>
        <source>Sparar filen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="292"/>
        <source>Skapar utbytespaketet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="315"/>
        <source>Paketet är sparat: {0}
Innehåll: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="317"/>
        <source>Utelämnade eftersom samtycke saknas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="334"/>
        <source>Skicka utbytespaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="343"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="350"/>
        <source>losenfras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../ui/exchange/pages.py" line="38"/>
        <source>&amp;Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="39"/>
        <source>Välj fil: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="246"/>
        <source>Var ska paketet sparas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="248"/>
        <source>Spara på ett USB-minne eller skicka filen som bilaga. Den är krypterad och signerad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="251"/>
        <source>Paketets fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="252"/>
        <source>&amp;Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="268"/>
        <source>Ange var paketet ska sparas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="271"/>
        <source>Mappen {0} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="274"/>
        <source>Filen finns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="274"/>
        <source>{0} finns redan. Ersätta den?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="242"/>
        <source>Egenvårdsstöd – första start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="252"/>
        <source>&amp;Börja arbeta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="194"/>
        <source>Ta emot utbytespaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_wizard.py" line="203"/>
        <source>&amp;Stäng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="187"/>
        <source>Registrera instruktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="189"/>
        <source>Instruerad personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="190"/>
        <source>Personalens roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="190"/>
        <source>t.ex. Undersköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="191"/>
        <source>Instruerad av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="192"/>
        <source>Instruktionsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="193"/>
        <source>Förnyas senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="195"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="196"/>
        <source>&amp;Personal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="197"/>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="198"/>
        <source>Instruerad &amp;av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="199"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="200"/>
        <source>&amp;Förnyas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="201"/>
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <location filename="../../ui/exchange/pages.py" line="71"/>
        <source>Förlopp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="72"/>
        <source>&amp;Stoppa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="128"/>
        <source>Avbryter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="135"/>
        <source>Klart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="142"/>
        <source>Avbrutet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/pages.py" line="142"/>
        <source>Det gick inte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="35"/>
        <source>Välkommen till Egenvårdsstöd</source>
        <translation>Welcome to Egenvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="38"/>
        <source>Alla personuppgifter sparas krypterade i en fil på den här datorn. Välj var databasen ska ligga; förvalet är din egen programmapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="44"/>
        <location filename="../../ui/setup/wizard.py" line="57"/>
        <source>Databasens plats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="45"/>
        <source>&amp;Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="46"/>
        <source>Välj plats för databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="50"/>
        <source>&amp;Databas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="64"/>
        <source>Det finns redan en databas där; välj en annan plats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main/window.py" line="72"/>
        <source>Egenvårdsstöd</source>
        <translation>Egenvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="80"/>
        <source>Sök person: namn eller personnummer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="81"/>
        <source>Sök person (Ctrl+F)</source>
        <translation>Search person (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="84"/>
        <source>Sökträffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="89"/>
        <source>Navigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="91"/>
        <source>Överblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="92"/>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="93"/>
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="94"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="95"/>
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="96"/>
        <source>Tvister</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="97"/>
        <source>Utbyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="98"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="130"/>
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="131"/>
        <source>Upplåst</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="152"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="153"/>
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="154"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="157"/>
        <source>S&amp;kicka utbytespaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="160"/>
        <source>&amp;Ta emot utbytespaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="163"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="166"/>
        <source>Tom &amp;blankett (pappersreserv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="168"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="169"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="170"/>
        <source>&amp;Sök person</source>
        <translation>&amp;Search person</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="172"/>
        <source>&amp;Överblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="173"/>
        <source>&amp;Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="174"/>
        <source>P&amp;laner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="175"/>
        <source>S&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="176"/>
        <source>&amp;Avvikelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="177"/>
        <source>&amp;Tvister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="178"/>
        <source>&amp;Utbyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="179"/>
        <source>I&amp;nställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="183"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="184"/>
        <source>&amp;Om Egenvårdsstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="210"/>
        <source>Egenvårdsstöd – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="217"/>
        <source>Om Egenvårdsstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="218"/>
        <source>Egenvårdsstöd {0}. Stöd för egenvård enligt lag (2022:1250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="279"/>
        <source>Ingen träff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="387"/>
        <source>Insatsen blev inte utförd: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="426"/>
        <source>Planen ”{0}” för {1}, alla versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="430"/>
        <source>Avvikelsen {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="460"/>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/overview/view.py" line="27"/>
        <source>Omprövning/uppföljning försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="28"/>
        <source>Omprövning/uppföljning inom 30 dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="29"/>
        <source>Osignerad plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="30"/>
        <source>Kopia utan samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="31"/>
        <source>Avvikelse: part/bedömare ej informerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="32"/>
        <source>Tvist öppen mer än 14 dagar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="33"/>
        <source>Instruktion ska förnyas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="46"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="47"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="48"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="49"/>
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="50"/>
        <source>Insats / fråga</source>
        <translation>Measure / question</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="51"/>
        <location filename="../../ui/overview/view.py" line="82"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="62"/>
        <source>Överblick – att göra</source>
        <translation>Overview – to do</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="69"/>
        <source>Visa kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="70"/>
        <source>Alla kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="75"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="77"/>
        <source>Uppdatera (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="98"/>
        <source>Dubbelklicka eller tryck Enter för att öppna. Dina egna ärenden visas först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="103"/>
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="108"/>
        <source>{0} att göra</source>
        <translation>{0} to do</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="73"/>
        <location filename="../../ui/setup/wizard.py" line="78"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="75"/>
        <source>Lösenfrasen låser upp databasen. Flera vanliga ord i rad är både starkt och lätt att minnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="80"/>
        <source>Upprepa lösenfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="85"/>
        <source>Lösenfrasens styrka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="87"/>
        <source>&amp;Kom ihåg på den här datorn (Windows inloggning låser upp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="88"/>
        <source>Kom ihåg på den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="90"/>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="91"/>
        <source>&amp;Upprepa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="92"/>
        <source>Styrka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103"/>
        <source>Mycket svag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103"/>
        <source>Svag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103"/>
        <source>Godkänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103"/>
        <source>Stark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103"/>
        <source>Mycket stark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="113"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/printing/dialog.py" line="83"/>
        <source>Spara som…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="85"/>
        <source>Spara PDF-filen ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="99"/>
        <source>S&amp;täng</source>
        <translation type="unfinished">C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="116"/>
        <source>Spara som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="126"/>
        <source>Sparad: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="78"/>
        <source>Sidinformation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="81"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="84"/>
        <source>Förstora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="87"/>
        <source>Förminska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="90"/>
        <source>Anpassa till bredd</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="115"/>
        <source>%n sida/sidor</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="115"/>
        <source>PDF-filen kunde inte visas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="222"/>
        <source>Registrera utförande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="227"/>
        <source>Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="228"/>
        <source>Utförare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="229"/>
        <source>&amp;Utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="230"/>
        <source>&amp;Inte utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="232"/>
        <source>Varför inte utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="235"/>
        <source>&amp;Tidpunkt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="236"/>
        <source>Ut&amp;förare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="239"/>
        <source>&amp;Varför:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/persons/dialog.py" line="55"/>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="55"/>
        <source>Ändra person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="58"/>
        <source>Förnamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="59"/>
        <source>Efternamn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="61"/>
        <source>Personnummer eller samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="63"/>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="65"/>
        <location filename="../../ui/persons/dialog.py" line="66"/>
        <source>Skyddad identitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="68"/>
        <source>Skola eller enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="69"/>
        <source>&amp;Förnamn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="70"/>
        <source>&amp;Efternamn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="71"/>
        <source>&amp;Personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="73"/>
        <source>&amp;Skola / enhet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="75"/>
        <source>Vårdnadshavare (för barn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="77"/>
        <source>Vårdnadshavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78"/>
        <location filename="../../ui/persons/dialog.py" line="85"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78"/>
        <location filename="../../ui/persons/dialog.py" line="85"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78"/>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="82"/>
        <location filename="../../ui/persons/dialog.py" line="84"/>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="85"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="92"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="93"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../ui/persons/detail.py" line="73"/>
        <source>SKYDDAD IDENTITET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="80"/>
        <source>Ä&amp;ndra uppgifter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="81"/>
        <source>Ny &amp;bedömning och plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="82"/>
        <source>Ny &amp;avvikelse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="83"/>
        <source>Ny S&amp;IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="84"/>
        <source>Biståndsbes&amp;lut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="85"/>
        <source>Ny &amp;tvist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="86"/>
        <source>Ski&amp;cka till partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="94"/>
        <source>Sa&amp;mmanfattning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="98"/>
        <source>Sammanfattning av personens planer, uppföljningar och avvikelser som PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="104"/>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="117"/>
        <location filename="../../ui/persons/detail.py" line="120"/>
        <source>Planer och versioner</source>
        <translation>Plans and versions</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="121"/>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="121"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="121"/>
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="131"/>
        <location filename="../../ui/persons/detail.py" line="143"/>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="135"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="136"/>
        <source>Händelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="137"/>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="160"/>
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="173"/>
        <source>barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="173"/>
        <source>vuxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="175"/>
        <source>Född: {0} ({1} år, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="176"/>
        <source>Skola / enhet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="179"/>
        <source>Samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="182"/>
        <source>Vårdnadshavare: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="185"/>
        <source>Kontakt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="187"/>
        <source>Inga vårdnadshavare eller kontakter registrerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="203"/>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="219"/>
        <source>{0}, version {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="220"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="222"/>
        <source>{0}, version {1} signerad av {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="223"/>
        <source>Signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="230"/>
        <source>{0}: gjord av {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="231"/>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="233"/>
        <source>{0}: planerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="237"/>
        <source>Planerad omprövning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="247"/>
        <source>med samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="247"/>
        <source>UTAN samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="251"/>
        <source>Kopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="254"/>
        <source>{0} instruerad av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="255"/>
        <source>Instruktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="257"/>
        <source>Utförd av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="257"/>
        <source>EJ utförd ({1}) – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="260"/>
        <source>Utförande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="264"/>
        <source>Biståndsbeslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="267"/>
        <source>Samordnare {0}; parter: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="268"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="272"/>
        <source>Avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="275"/>
        <source> – löst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="276"/>
        <source>Tvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="290"/>
        <source>Sammanfattning – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../ui/persons/list.py" line="25"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="26"/>
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="27"/>
        <source>Skola / enhet</source>
        <translation>School / unit</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="28"/>
        <source>Skyddad identitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="28"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="29"/>
        <source>Vårdnadshavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="36"/>
        <location filename="../../ui/persons/list.py" line="47"/>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="39"/>
        <source>Filtrera personer på namn eller personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="43"/>
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="50"/>
        <source>{0} personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="81"/>
        <source>Egenvårdsplan</source>
        <translation>Self-care plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="83"/>
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="94"/>
        <source>Ä&amp;ndra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="95"/>
        <source>&amp;Signera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="96"/>
        <source>&amp;Makulera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="97"/>
        <source>&amp;Uppföljning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="98"/>
        <source>Lämna &amp;kopia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="99"/>
        <source>&amp;Instruktion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="100"/>
        <source>Utför&amp;ande…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="107"/>
        <source>Dokument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="111"/>
        <source>Skriv ut / &amp;Förhandsgranska…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="112"/>
        <source>Förs&amp;egla…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="113"/>
        <source>Nödk&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="114"/>
        <source>Ski&amp;cka till partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118"/>
        <source>Planen med alla versioner i ett krypterat utbytespaket till en annan organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="121"/>
        <source>Elektronisk försegling av vald version: PDF-läsare kan visa om filen ändrats (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="123"/>
        <source>Nödkort för den som utför insatsen: vad göra, vem ringa (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="133"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="135"/>
        <location filename="../../ui/plans/view.py" line="165"/>
        <location filename="../../ui/plans/view.py" line="231"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="143"/>
        <source>Planens innehåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="149"/>
        <source>Planerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="151"/>
        <source>Gjord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="151"/>
        <source>avbruten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="153"/>
        <source>Av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="154"/>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="155"/>
        <source>Nästa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="162"/>
        <location filename="../../ui/plans/view.py" line="181"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="163"/>
        <source>Mottagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="164"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="168"/>
        <source>Samtycke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="172"/>
        <source>SAKNAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="182"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="183"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="184"/>
        <source>Instruerad av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="185"/>
        <source>Förnyas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="191"/>
        <source>Tidpunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="192"/>
        <source>Utförare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="193"/>
        <source>Utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="193"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="193"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="194"/>
        <source>Varför inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="200"/>
        <source>&amp;Uppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="201"/>
        <source>&amp;Kopior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="202"/>
        <source>&amp;Instruktioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="203"/>
        <source>Signerings&amp;lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="206"/>
        <source>Förseglade &amp;dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="209"/>
        <source>S&amp;täng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="230"/>
        <source>Förseglad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="232"/>
        <source>Certifikat för</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="233"/>
        <source>Fingeravtryck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="234"/>
        <source>Storlek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="234"/>
        <source>{0} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="240"/>
        <source>Förseglade dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="247"/>
        <source>Dubbelklicka eller tryck Retur för att öppna, skriva ut eller spara en förseglad PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="251"/>
        <source>&amp;Öppna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="252"/>
        <source>Öppna den markerade förseglade PDF-filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="287"/>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="288"/>
        <source>version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="292"/>
        <source>nästa omprövning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="294"/>
        <source>makulerad: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="297"/>
        <source>saknas punkt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="349"/>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="357"/>
        <source>Riskanalys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="372"/>
        <source>Underskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="389"/>
        <source>Ny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="391"/>
        <source>Planen är signerad och låst. En ändring blir version {0} som ett utkast som ska signeras. Fortsätt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="407"/>
        <source>Makulera plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="407"/>
        <source>Skäl för makulering (krävs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="449"/>
        <source>Inte utförd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="450"/>
        <source>Insatsen blev inte utförd. Vill du rapportera en avvikelse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="500"/>
        <source>Nödkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="519"/>
        <source>Förseglad av {0}. Den förseglade PDF-filen är sparad med planversion {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="531"/>
        <source>Förseglingen är intakt: certifikat för {0}, planversion {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="533"/>
        <source>VARNING: förseglingen stämmer inte, filen kan vara ändrad ({0}, planversion {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="543"/>
        <source>Förseglad plan, version {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="484"/>
        <source>Förhandsgranska plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="279"/>
        <source>Ny egenvårdsplan – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="288"/>
        <source>Spara som &amp;utkast</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="289"/>
        <source>&amp;Signera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="290"/>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="291"/>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="292"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="331"/>
        <source>Bedömningen är att åtgärden är en hälso- och sjukvårdsinsats. Bedömningen sparas; ingen egenvårdsplan upprättas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/list.py" line="31"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="32"/>
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="33"/>
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="34"/>
        <source>Var</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="35"/>
        <location filename="../../ui/plans/list.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="36"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="38"/>
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="47"/>
        <location filename="../../ui/plans/list.py" line="69"/>
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="50"/>
        <source>Filtrera på personens namn eller personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="54"/>
        <source>Alla statusar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="60"/>
        <source>Skriv ut &amp;flera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="64"/>
        <source>Skriv planerna i listan, eller de markerade, till en mapp som PDF-filer (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="75"/>
        <source>{0} planer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsForm</name>
    <message>
        <location filename="../../ui/plans/points.py" line="33"/>
        <source>1. Åtgärd/insats som bedömts som egenvård</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="35"/>
        <source>2. Själv eller med hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="39"/>
        <source>2. Vem som utför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="40"/>
        <source>3. Vem som instruerar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="42"/>
        <source>3. Hur information och instruktion ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="44"/>
        <source>4. Vid skada eller risk för skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="45"/>
        <source>5. Om situationen förändras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="46"/>
        <source>6. Uppföljning: hur, av vem och när</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="49"/>
        <source>7. Datum för omprövning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="52"/>
        <source>&amp;1. Åtgärd/insats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="53"/>
        <source>&amp;2. Utförs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="54"/>
        <source>2. &amp;Utförare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="55"/>
        <source>&amp;3. Instruerar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="56"/>
        <source>3. &amp;Hur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="57"/>
        <source>&amp;4. Vid skada:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="58"/>
        <source>&amp;5. Vid förändring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="59"/>
        <source>&amp;6. Uppföljning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="60"/>
        <source>&amp;7. Omprövning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="65"/>
        <source>Punkter som saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="95"/>
        <source>Innan planen kan signeras saknas:</source>
        <translation>Before the plan can be signed, missing:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="97"/>
        <source>Alla sju punkter är ifyllda.</source>
        <translation>All seven points are filled in.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="243"/>
        <source>3. Planering – de sju punkterna</source>
        <translation>3. Planning – the seven points</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="244"/>
        <source>Alla sju punkter ska vara ifyllda innan planen kan signeras.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/dialog.py" line="32"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="43"/>
        <source>Skyddad identitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="44"/>
        <source>Personen har skyddad identitet. Utskriften visar fullständigt personnummer. Hantera papperet enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialog.py" line="176"/>
        <source>Tom blankett – egenvårdsplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="122"/>
        <source>Om dig</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="123"/>
        <source>Namn och befattning står i planer, loggen och avvikelser du registrerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="125"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126"/>
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126"/>
        <source>t.ex. Distriktssköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="127"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128"/>
        <source>t.ex. Växjö kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129"/>
        <source>Enhet eller skola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="131"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="132"/>
        <source>&amp;Befattning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="133"/>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="134"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="135"/>
        <source>&amp;Enhet / skola:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="46"/>
        <source>Till vem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="49"/>
        <source>Paketet krypteras så att bara mottagaren kan öppna det. Personuppgifter skickas bara för personer med registrerat samtycke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="55"/>
        <source>Till en betrodd &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="57"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="59"/>
        <source>Med en &amp;lösenfras (mottagaren har inte Egenvårdsstöd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="60"/>
        <source>Lösenfras för paketet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="61"/>
        <source>Upprepa lösenfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="68"/>
        <source>Lösenfras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="69"/>
        <source>Upprepa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="70"/>
        <source>Lämna lösenfrasen på annat sätt än paketet, till exempel per telefon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="74"/>
        <source>Det finns ingen betrodd partner ännu: lägg till en under Utbyte → Partner, eller använd lösenfras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="107"/>
        <source>Välj en partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_wizard.py" line="115"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../ui/cases/lists.py" line="46"/>
        <source>{0} st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="68"/>
        <source>Inträffade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="69"/>
        <location filename="../../ui/cases/lists.py" line="94"/>
        <location filename="../../ui/cases/lists.py" line="128"/>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="70"/>
        <source>Skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="71"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="73"/>
        <source>Öppet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="81"/>
        <source>Avvikelser</source>
        <translation type="unfinished">Deviations</translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="84"/>
        <location filename="../../ui/cases/lists.py" line="113"/>
        <source>Filtrera på personens namn eller personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="93"/>
        <source>SIP-datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="95"/>
        <source>Samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="96"/>
        <location filename="../../ui/cases/lists.py" line="125"/>
        <source>Parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="99"/>
        <source>Nästa uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="102"/>
        <source>Referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="110"/>
        <source>SIP</source>
        <translation type="unfinished">SIP</translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="123"/>
        <source>Öppnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="124"/>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="126"/>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="127"/>
        <source>Löst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="136"/>
        <source>Tvister (tolkningar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/lists.py" line="139"/>
        <source>Filtrera på fråga</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="163"/>
        <location filename="../../ui/setup/wizard.py" line="185"/>
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="166"/>
        <source>Om lösenfrasen glöms bort är koden det enda sättet att öppna databasen. Skriv ut den och förvara den inlåst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="173"/>
        <source>Skapar den krypterade databasen, ditt certifikat för försegling och organisationens nycklar för utbyte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="186"/>
        <source>Skriv &amp;ut koden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="187"/>
        <source>Skriv ut återställningskoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="190"/>
        <source>Jag har skrivit ut eller skrivit ner koden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="191"/>
        <source>Bekräfta att koden är sparad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="206"/>
        <source>Databasen, certifikatet och utbytesnycklarna är skapade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="68"/>
        <source>Uppföljning / omprövning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="70"/>
        <source>Datum för uppföljningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="71"/>
        <source>Utförd av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="73"/>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="75"/>
        <source>Nästa uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="78"/>
        <source>Nästa gång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="79"/>
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="79"/>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="81"/>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="82"/>
        <source>Planerad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="82"/>
        <source>Planerat datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="84"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="85"/>
        <source>&amp;Utförd av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="86"/>
        <source>&amp;Resultat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="87"/>
        <source>&amp;Nästa datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="88"/>
        <source>Nästa &amp;typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="89"/>
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="106"/>
        <source>2. Riskanalys</source>
        <translation>2. Risk analysis</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="109"/>
        <source>Ange varje risk med sannolikhet och konsekvens efter åtgärd. Poäng 8 eller mer är risk för skada: då får åtgärden inte bedömas som egenvård.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="115"/>
        <source>Risker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117"/>
        <location filename="../../ui/plans/wizard.py" line="159"/>
        <source>Sannolikhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117"/>
        <location filename="../../ui/plans/wizard.py" line="159"/>
        <source>Konsekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117"/>
        <source>Poäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117"/>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="125"/>
        <source>&amp;Lägg till risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="127"/>
        <source>&amp;Ta bort markerad risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="134"/>
        <source>Slutsats av riskanalysen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="135"/>
        <source>Bedömaren ser risk att personen skadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="136"/>
        <source>Risk för skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="137"/>
        <source>Bedömning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="138"/>
        <source>&amp;Slutsats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="140"/>
        <source>&amp;Bedömning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210"/>
        <source>Riskanalysen visar risk för skada. Åtgärden kan inte bli egenvård; den blir en hälso- och sjukvårdsinsats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="225"/>
        <source>Riskanalysen är inte utförd: ange minst en risk och en slutsats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="39"/>
        <source>Elektronisk försegling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="41"/>
        <source>{0} – {1}, version {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="47"/>
        <source>Förseglingen gör att alla PDF-läsare kan visa om filen har ändrats efteråt. Den är en elektronisk försegling, inte en juridisk underskrift. Den förseglade PDF-filen sparas med planversionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="58"/>
        <source>Undertecknarens namnteckning (valfri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="60"/>
        <source>Undertecknarens namnteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="61"/>
        <source>&amp;Rensa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="64"/>
        <source>Personens eller vårdnadshavarens namnteckning (valfri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="66"/>
        <source>Personens eller vårdnadshavarens namnteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="67"/>
        <source>R&amp;ensa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="76"/>
        <source>Blanketten har alltid rader för underskrift med penna. Den som inte ritar sin namnteckning här kan skriva under på utskriften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="83"/>
        <source>Hämtar certifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="91"/>
        <source>&amp;Försegla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="93"/>
        <source>Försegla och visa PDF-filen (Ctrl+Retur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="96"/>
        <source>&amp;Avbryt</source>
        <translation type="unfinished">&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="97"/>
        <source>Stäng utan att försegla (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="116"/>
        <source>Rensa: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="117"/>
        <source>Rensa namnteckningen (Delete i fältet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="148"/>
        <source>Inget certifikat finns ännu: ett självsignerat certifikat skapas vid första förseglingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="151"/>
        <source>självsignerat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="151"/>
        <source>utfärdat av organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="153"/>
        <source>Förseglas med certifikatet för {0}, {1} ({2}, giltigt till {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/seal_dialog.py" line="164"/>
        <source>Förseglar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="66"/>
        <source>PKCS#12-certifikat (*.p12 *.pfx);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="84"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="90"/>
        <source>Min profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="92"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="93"/>
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="94"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="95"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="96"/>
        <source>Enhet eller skola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="97"/>
        <source>&amp;Spara profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="101"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="102"/>
        <source>&amp;Befattning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="103"/>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="104"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="105"/>
        <source>&amp;Enhet / skola:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="119"/>
        <source>Säkerhet</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="123"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="124"/>
        <source>Lås efter inaktivitet, minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="127"/>
        <location filename="../../ui/settings/view.py" line="128"/>
        <source>Kom ihåg nyckeln på den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="130"/>
        <source>Nuvarande lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="131"/>
        <source>Ny lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="132"/>
        <source>Upprepa ny lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="135"/>
        <source>Byt &amp;lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="138"/>
        <source>Lås efter &amp;inaktivitet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="140"/>
        <source>Nu&amp;varande lösenfras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="141"/>
        <source>N&amp;y lösenfras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="142"/>
        <source>&amp;Upprepa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="148"/>
        <source>Språk och säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="150"/>
        <location filename="../../ui/settings/view.py" line="331"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="152"/>
        <source>Gör &amp;säkerhetskopia nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="156"/>
        <source>Sp&amp;råk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="166"/>
        <location filename="../../ui/settings/view.py" line="282"/>
        <source>Elektronisk försegling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="170"/>
        <source>Förseglade PDF-filer visar i alla PDF-läsare om de har ändrats. Förseglingen är inte en juridisk underskrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="179"/>
        <source>Certifikat för:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="180"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="181"/>
        <source>Giltigt till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="182"/>
        <source>Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="183"/>
        <source>Fingeravtryck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="192"/>
        <source>S&amp;kapa nytt självsignerat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="193"/>
        <source>Ett nytt certifikat med namn och organisation från profilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="195"/>
        <source>Im&amp;portera PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="196"/>
        <source>Använd organisationens certifikat (.p12 eller .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="221"/>
        <source>Inget ännu; skapas vid första förseglingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="227"/>
        <source>{0} (har gått ut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="229"/>
        <source>Självsignerat (skapat i programmet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="231"/>
        <source>Utfärdat av organisationen (importerat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="238"/>
        <source>Nytt certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="240"/>
        <source>Ett nytt självsignerat certifikat används för kommande förseglingar. PDF-filer som redan är förseglade påverkas inte. Fortsätt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="254"/>
        <source>Välj certifikatfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="258"/>
        <source>Lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="258"/>
        <source>Lösenordet för certifikatfilen {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="274"/>
        <source>Filen {0} kunde inte läsas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="283"/>
        <source>Från och med nu förseglas PDF-filer med certifikatet för {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="317"/>
        <source>De nya lösenfraserna är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="325"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="325"/>
        <source>Lösenfrasen är bytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="331"/>
        <source>Språket byts nästa gång programmet startas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="334"/>
        <source>Säkerhetskopierar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="337"/>
        <source>Sparad: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="611"/>
        <source>Signera plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="620"/>
        <source>Innan planen kan signeras saknas:</source>
        <translation>Before the plan can be signed, missing:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="623"/>
        <source>&amp;Signera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="624"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <location filename="../../ui/plans/points.py" line="105"/>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="106"/>
        <source>Signeringsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="107"/>
        <source>Namn på den som undertecknar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="108"/>
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="109"/>
        <source>&amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="110"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="111"/>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="112"/>
        <source>&amp;Befattning:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="253"/>
        <source>4. Underskrift</source>
        <translation>4. Signature</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="254"/>
        <source>Signera nu, eller spara som utkast och signera senare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/printing/signature_pad.py" line="39"/>
        <source>Namnteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/signature_pad.py" line="40"/>
        <source>Skriv din namnteckning med penna eller mus. Delete rensar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="23"/>
        <source>SIP – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="25"/>
        <source>SIP-datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="26"/>
        <source>Samordnare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="27"/>
        <source>Parter, kommaseparerade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="27"/>
        <source>Region Kronoberg, Socialtjänsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="28"/>
        <source>Referens i regionens system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="29"/>
        <source>Nästa uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="30"/>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="31"/>
        <source>&amp;Samordnare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="32"/>
        <source>&amp;Parter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="33"/>
        <source>&amp;Referens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="34"/>
        <source>&amp;Nästa uppföljning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="35"/>
        <source>Samtycke (SIP kräver personens samtycke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="39"/>
        <source>Samtycke lämnat av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="42"/>
        <source>Samtycke lämnat som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="44"/>
        <source>Den enskilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="45"/>
        <source>Vårdnadshavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="46"/>
        <source>Legal företrädare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="50"/>
        <source>Samtyckesdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="51"/>
        <source>&amp;Lämnat av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="52"/>
        <source>S&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="53"/>
        <source>Da&amp;tum:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/setup/unlock.py" line="32"/>
        <source>Egenvårdsstöd – lås upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="35"/>
        <source>Egenvårdsstöd är låst</source>
        <translation>Egenvårdsstöd is locked</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="38"/>
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="53"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="56"/>
        <source>&amp;Kom ihåg på den här datorn</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="57"/>
        <source>Kom ihåg på den här datorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="58"/>
        <location filename="../../ui/setup/unlock.py" line="104"/>
        <source>&amp;Lås upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="61"/>
        <source>&amp;Glömt lösenfrasen? Använd återställningskoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="64"/>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="74"/>
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="75"/>
        <source>Ny lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="77"/>
        <source>Upprepa ny lösenfras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="79"/>
        <source>&amp;Återställ och lås upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="81"/>
        <source>&amp;Tillbaka till lösenfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="87"/>
        <source>&amp;Kod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="88"/>
        <source>&amp;Ny lösenfras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="89"/>
        <source>&amp;Upprepa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="104"/>
        <source>Låser upp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="109"/>
        <source>Skriv lösenfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="124"/>
        <source>De nya lösenfraserna är inte lika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="133"/>
        <source>Ny återställningskod (skriv ut den): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="135"/>
        <source>Ny återställningskod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="41"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="42"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
</TS>
