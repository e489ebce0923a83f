<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AnnounceDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>&amp;Meddelat den:</source>
            <translation>&amp;Told on:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Meddela nästa datum</source>
            <translation>Tell the next date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Meddelat &amp;till:</source>
            <translation>Told &amp;to:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Meddelat den</source>
            <translation>Told on</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Meddelat till</source>
            <translation>Told to</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Planerat datum</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>Planerat:</source>
            <translation>Planned:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="1" />
            <source>t.ex. vårdnadshavare, rektor, enhetschef</source>
            <translation>e.g. guardian, head teacher, unit manager</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <location filename="../../ui/plans/wizard.py" line="79" />
            <source>&amp;Bedömare:</source>
            <translation>&amp;Assessor:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="82" />
            <source>&amp;Datum:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="81" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="80" />
            <source>&amp;Profession:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="77" />
            <source>&amp;Typ:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="78" />
            <source>&amp;Var:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="76" />
            <source>&amp;Åtgärd/insats:</source>
            <translation>&amp;Measure:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="60" />
            <source>1. Egenvårdsbedömning</source>
            <translation>1. Self-care assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="83" />
            <source>A&amp;nteckningar:</source>
            <translation>Not&amp;es:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="74" />
            <source>Anteckningar</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="70" />
            <source>Bedömare</source>
            <translation>Assessor</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="72" />
            <source>Bedömarens organisation</source>
            <translation>Assessor's organisation</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="71" />
            <source>Bedömarens profession</source>
            <translation>Assessor's profession</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="73" />
            <source>Bedömningsdatum</source>
            <translation>Assessment date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="66" />
            <source>Ny bedömning</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="66" />
            <source>Omprövning</source>
            <translation>Re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="65" />
            <source>Typ av bedömning</source>
            <translation>Type of assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="69" />
            <source>Var hjälpen ges</source>
            <translation>Where the help is given</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="61" />
            <source>Vilken hälso- och sjukvårdsåtgärd bedöms, av vem och när.</source>
            <translation>Which health care measure is being assessed, by whom and when.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="63" />
            <source>t.ex. Insulininjektion</source>
            <translation>e.g. Insulin injection</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="63" />
            <source>Åtgärd/insats</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="96" />
            <source>Åtgärd/insats måste fyllas i.</source>
            <translation>The measure must be filled in.</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="318" />
            <source>%n planer</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n plans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="316" />
            <source>%n signerade planer förseglades och sparades med sin planversion</source>
            <translation>
                <numerusform>%n signed plan was sealed and stored with its plan version</numerusform>
                <numerusform>%n signed plans were sealed and stored with their plan version</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="106" />
            <source>&amp;Alla planer i listan ({0} st, filtret gäller)</source>
            <translation>&amp;All plans in the list ({0}, filter applied)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="239" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="121" />
            <source>&amp;Försegla signerade planer (elektronisk försegling)</source>
            <translation>S&amp;eal signed plans (electronic seal)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="108" />
            <source>&amp;Markerade planer ({0} st)</source>
            <translation>&amp;Selected plans ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="89" />
            <source>&amp;Skriv ut</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="136" />
            <source>&amp;Välj…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="312" />
            <source>Alla %n planer är genomgångna.</source>
            <translation>
                <numerusform>%n plan has been processed.</numerusform>
                <numerusform>All %n plans have been processed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="304" />
            <source>Avbrutet</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="266" />
            <source>Avbryter…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="126" />
            <source>En förseglad PDF sparas också med planversionen. Utkast skrivs ut märkta UTKAST och förseglas inte.</source>
            <translation>A sealed PDF is also saved with the plan version. Drafts are printed marked DRAFT and are not sealed.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="145" />
            <source>Filerna heter egenvardsplan-&lt;id&gt;-v&lt;version&gt;.pdf: inga namn eller personnummer i filnamnen. En fil med samma namn skrivs över.</source>
            <translation>The files are named egenvardsplan-&lt;id&gt;-v&lt;version&gt;.pdf: no names or personal identity numbers in the file names. A file with the same name is overwritten.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="122" />
            <source>Försegla signerade planer</source>
            <translation>Seal signed plans</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="172" />
            <source>Förseglade:</source>
            <translation>Sealed:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="119" />
            <source>Hur</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="311" />
            <source>Klart</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="311" />
            <source>Klart, med fel</source>
            <translation>Finished, with errors</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="295" />
            <source>Kunde inte skriva i mappen {0}: kontrollera att den finns och att du får skriva där.</source>
            <translation>Could not write to the folder {0}: check that it exists and that you are allowed to write there.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="173" />
            <source>Kunde inte skrivas:</source>
            <translation>Could not be written:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="208" />
            <source>Listan är tom: det finns inga planer att skriva ut.</source>
            <translation>The list is empty: there are no plans to print.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="133" />
            <source>Ma&amp;pp:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="134" />
            <source>Mapp att skriva till</source>
            <translation>Folder to write to</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="170" />
            <source>Mapp:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="186" />
            <source>Planer som inte kunde skrivas</source>
            <translation>Plans that could not be written</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="182" />
            <source>Planer som inte kunde skrivas, med skälet:</source>
            <translation>Plans that could not be written, with the reason:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="92" />
            <source>S&amp;täng</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="91" />
            <source>Skriv planerna till mappen (Retur)</source>
            <translation>Write the plans to the folder (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="80" />
            <location filename="../../ui/plans/batch.py" line="241" />
            <source>Skriv ut flera planer</source>
            <translation>Print multiple plans</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="239" />
            <source>Skriver planer till {0}…</source>
            <translation>Writing plans to {0}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="272" />
            <source>Skrivit {0} av %n planer…</source>
            <translation>
                <numerusform>Written {0} of %n plan…</numerusform>
                <numerusform>Written {0} of %n plans…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="171" />
            <source>Skrivna:</source>
            <translation>Written:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="226" />
            <source>Skyddad identitet</source>
            <translation>Protected identity</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="307" />
            <source>Utskriften avbröts efter {0} av %n planer. Filerna som redan skrivits finns kvar.</source>
            <translation>
                <numerusform>Printing was cancelled after {0} of %n plan. The files already written are kept.</numerusform>
                <numerusform>Printing was cancelled after {0} of %n plans. The files already written are kept.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="103" />
            <source>Vilka planer</source>
            <translation>Which plans</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="211" />
            <source>Välj en mapp att skriva planerna till.</source>
            <translation>Choose a folder to write the plans to.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="137" />
            <source>Välj mapp</source>
            <translation>Choose folder</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="194" />
            <source>Välj mapp för planerna</source>
            <translation>Choose a folder for the plans</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plans/batch.py" line="314" />
            <source>{0} av %n planer skrevs</source>
            <translation>
                <numerusform>{0} of %n plan written</numerusform>
                <numerusform>{0} of %n plans written</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="228" />
            <source>{0} av planerna gäller personer med skyddad identitet. Utskrifterna märks ”Skyddad identitet” och visar inte personnumrets fyra sista siffror eller skola/enhet. Hantera filerna och papperen enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
            <translation>{0} of the plans concern people with a protected identity. The printouts are marked “Skyddad identitet” and show neither the last four digits of the personal identity number nor school/unit. Handle the files and papers according to the procedure for protected personal data. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/plans/batch.py" line="228" />
            <source>{0} av planerna gäller personer med skyddad identitet. Utskrifterna visar fullständigt personnummer. Hantera filerna och papperen enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
            <translation>{0} of the plans concern people with a protected identity. The printouts show the full personal identity number. Handle the files and papers according to the procedure for protected personal data. Continue?</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="75" />
            <source>&amp;Importera</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="68" />
            <source>Dekrypterar och kontrollerar signatur, kontrollsummor och FHIR-innehåll…</source>
            <translation>Decrypting and checking the signature, checksums and FHIR content…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="119" />
            <source>Från {0}, fingeravtryck {1}. Signaturen och innehållet stämmer.</source>
            <translation>From {0}, fingerprint {1}. The signature and the content are valid.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="70" />
            <source>Förbereder förhandsvisningen…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="69" />
            <source>Jämför med databasen…</source>
            <translation>Comparing with the database…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="126" />
            <source>Konflikter skrivs inte över: du avgör dem sida vid sida efter importen.</source>
            <translation>Conflicts are not overwritten: you resolve them side by side after the import.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="73" />
            <source>Kontroll och förhandsvisning</source>
            <translation>Check and preview</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="133" />
            <source>Paketet är skyddat med en lösenfras. Gå tillbaka och skriv lösenfrasen.</source>
            <translation>The bundle is protected with a passphrase. Go back and enter the passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="88" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="87" />
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="95" />
            <source>Poster i paketet</source>
            <translation>Records in the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="86" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="82" />
            <source>Visa även &amp;oförändrade poster</source>
            <translation>Also show &amp;unchanged records</translation>
        </message>
    </context>
    <context>
        <name>ChooseFilePage</name>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="46" />
            <source>&amp;Fil:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="47" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="40" />
            <source>Inget sparas förrän du har sett vad paketet innehåller och valt att importera.</source>
            <translation>Nothing is saved until you have seen what the bundle contains and chosen to import it.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="43" />
            <source>Lösenfras för paketet</source>
            <translation>Passphrase for the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="42" />
            <source>Paketets fil</source>
            <translation>Bundle file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="39" />
            <source>Ta emot utbytespaket</source>
            <translation>Receive exchange bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="55" />
            <source>Välj en fil som finns.</source>
            <translation>Choose a file that exists.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="45" />
            <source>bara om paketet är skyddat med lösenfras</source>
            <translation>only if the bundle is protected with a passphrase</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../ui/common.py" line="162" />
            <source>Det gick inte</source>
            <translation>That did not work</translation>
        </message>
        <message>
            <location filename="../../ui/common.py" line="1" />
            <source>Pilarna flyttar mellan cellerna, F2 ändrar en cell, Tab går vidare.</source>
            <translation>The arrows move between cells, F2 edits a cell, Tab moves on.</translation>
        </message>
        <message>
            <location filename="../../ui/common.py" line="1" />
            <source>Pilarna flyttar, Enter öppnar den markerade raden, Tab går vidare.</source>
            <translation>The arrows move, Enter opens the selected row, Tab moves on.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="45" />
            <source>1. Åtgärd/insats</source>
            <translation>1. Measure</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="46" />
            <source>2. Vem som utför</source>
            <translation>2. Who performs it</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="48" />
            <source>3. Hur instruktion ges</source>
            <translation>3. How instruction is given</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="47" />
            <source>3. Vem som instruerar</source>
            <translation>3. Who gives instruction</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="49" />
            <source>4. Vid skada eller risk för skada</source>
            <translation>4. In case of harm or risk of harm</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="50" />
            <source>5. Om situationen förändras</source>
            <translation>5. If the situation changes</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="51" />
            <source>6. Uppföljning</source>
            <translation>6. Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="52" />
            <source>7. Datum för omprövning</source>
            <translation>7. Re-assessment date</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="128" />
            <source>Avgör &amp;senare</source>
            <translation>Decide &amp;later</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="126" />
            <source>Behåll &amp;vår version</source>
            <translation>&amp;Keep our version</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="39" />
            <source>Efternamn</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="42" />
            <source>Enhet / skola</source>
            <translation>Unit / school</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="102" />
            <source>Fält</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="38" />
            <source>Förnamn</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="61" />
            <source>Gjord</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="103" />
            <source>Här (vår version)</source>
            <translation>Here (our version)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="104" />
            <source>Inkommande</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="72" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="111" />
            <source>Jämförelse fält för fält</source>
            <translation>Field-by-field comparison</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="85" />
            <source>Konflikt: {0}</source>
            <translation>Conflict: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="44" />
            <source>Kontakter</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="37" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="72" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="62" />
            <source>Nästa datum</source>
            <translation>Next date</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="59" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="56" />
            <source>Omedelbar åtgärd</source>
            <translation>Immediate action</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="58" />
            <source>Parter</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="40" />
            <source>Personnummer</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="60" />
            <source>Planerad</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="121" />
            <source>Posten finns inte längre här; den inkommande kan läggas till.</source>
            <translation>The record no longer exists here; the incoming one can be added.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="63" />
            <source>Samtycke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="41" />
            <source>Skyddad identitet</source>
            <translation>Protected identity</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="54" />
            <source>Skäl till makulering</source>
            <translation>Reason for voiding</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="53" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="127" />
            <source>Ta &amp;inkommande version</source>
            <translation>Take &amp;incoming version</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="55" />
            <source>Vad hände</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="95" />
            <source>Visa bara fält som &amp;skiljer</source>
            <translation>Show only fields that &amp;differ</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="43" />
            <source>Vårdnadshavare</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict.py" line="88" />
            <source>{0} för {1} är ändrad både här och hos avsändaren sedan förra utbytet.</source>
            <translation>{0} for {1} has been changed both here and by the sender since the last exchange.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Utförs</source>
            <translation>Performed</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Typ</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Verksamhet</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Underskrift</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Riskanalys gjord</source>
            <translation>Risk analysis done</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Riskanalys</source>
            <translation>Risk analysis</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Bedömare</source>
            <translation>Assessor</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Bedömningsdatum</source>
            <translation>Assessment date</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Bedömning / resultat</source>
            <translation>Assessment / outcome</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Samråd</source>
            <translation>Samråd</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Anteckningar</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>När</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Rapporterad</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Plats</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Rapportör</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Rapportörens organisation</source>
            <translation>Reporter's organisation</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Skada</source>
            <translation>Harm</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Bedömaren informerad</source>
            <translation>Assessor informed</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Händelseanalys</source>
            <translation>Event analysis</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Beslutade åtgärder</source>
            <translation>Decided measures</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>SIP-datum</source>
            <translation>SIP date</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Samordnare</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Regionens referens</source>
            <translation>Region's reference</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Utförd av</source>
            <translation>Done by</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Inställd</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Planversion</source>
            <translation>Plan version</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Mottagare</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Mottagarens namn</source>
            <translation>Recipient's name</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/conflict_fields.py" line="1" />
            <source>Lämnad</source>
            <translation>Handed over</translation>
        </message>
    </context>
    <context>
        <name>ContentPage</name>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="138" />
            <source>&amp;Allt (alla personer med samtycke)</source>
            <translation>&amp;Everything (all people with consent)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="139" />
            <source>&amp;Valda personer</source>
            <translation>&amp;Selected people</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="137" />
            <source>Allt som &amp;ändrats sedan förra paketet till mottagaren</source>
            <translation>Everything &amp;changed since the last bundle to the recipient</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="157" />
            <source>Lägg &amp;till →</source>
            <translation>&amp;Add →</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="237" />
            <source>Lägg till minst en person.</source>
            <translation>Add at least one person.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="155" />
            <source>Skickas:</source>
            <translation>To be sent:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="148" />
            <source>Sök namn eller personnummer</source>
            <translation>Search name or personal identity number</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="148" />
            <source>Sök person att lägga till</source>
            <translation>Search for a person to add</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="150" />
            <source>Sökträffar</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="135" />
            <source>Vad ska skickas?</source>
            <translation>What should be sent?</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="166" />
            <source>Valda personer</source>
            <translation>Selected people</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="159" />
            <source>← Ta &amp;bort</source>
            <translation>← &amp;Remove</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="125" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="145" />
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="142" />
            <source>&amp;Lämnat av:</source>
            <translation>&amp;Given by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="123" />
            <source>&amp;Mottagare:</source>
            <translation>&amp;Recipient:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="124" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="143" />
            <source>&amp;Som:</source>
            <translation>&amp;As:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="122" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="132" />
            <source>Den enskilde</source>
            <translation>The individual</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="140" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="169" />
            <source>Kopia av egenvårdsplan</source>
            <translation>Copy of self-care plan</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="134" />
            <source>Legal företrädare</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="117" />
            <source>Lämna över kopia av planen</source>
            <translation>Hand over a copy of the plan</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="120" />
            <source>Mottagare</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="121" />
            <source>Mottagarens namn</source>
            <translation>Recipient's name</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="140" />
            <source>Muntligt</source>
            <translation>Verbal</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="126" />
            <source>Samtycke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="144" />
            <source>Samtyckes&amp;datum:</source>
            <translation>Consen&amp;t date:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="138" />
            <source>Samtyckesdatum</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="128" />
            <source>Samtycke lämnat av</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="130" />
            <source>Samtycke lämnat som</source>
            <translation>Consent given as</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="140" />
            <source>Skriftligt</source>
            <translation>Written</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="133" />
            <source>Vårdnadshavare</source>
            <translation>Guardian</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../ui/worker.py" line="203" />
            <source>Ett oväntat fel inträffade ({0}). Inget sparat har gått förlorat.</source>
            <translation>An unexpected error occurred ({0}). Nothing that was saved has been lost.</translation>
        </message>
    </context>
    <context>
        <name>DateCells</name>
        <message>
            <source>Datum väljs i kalendern (dubbelklicka eller F2); Delete tömmer datumet</source>
            <translation>Dates are chosen in the calendar (double-click or F2); Delete empties the date</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/common.py" line="105" />
            <source>{0}: ange datum</source>
            <translation>{0}: enter date</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="102" />
            <source>&amp;Ansökt:</source>
            <translation>A&amp;pplied:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="104" />
            <source>&amp;Beslut:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="103" />
            <source>&amp;Handläggare:</source>
            <translation>Case &amp;officer:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="101" />
            <source>&amp;Lag:</source>
            <translation>&amp;Act:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="106" />
            <source>&amp;Plan:</source>
            <translation>P&amp;lan:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="98" />
            <source>(ingen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="107" />
            <source>A&amp;nteckningar:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="87" />
            <source>Ansökningsdatum</source>
            <translation>Application date</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="99" />
            <source>Anteckningar</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="94" />
            <source>Avslag</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="105" />
            <source>Beslu&amp;tsdatum:</source>
            <translation>Decision da&amp;te:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="90" />
            <source>Beslut</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="97" />
            <source>Beslutsdatum</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="93" />
            <source>Beviljat</source>
            <translation>Granted</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="84" />
            <source>Biståndsbeslut – {0}</source>
            <translation>Bistånd decision – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="92" />
            <source>Ej beslutat</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="88" />
            <source>Handläggare</source>
            <translation>Case officer</translation>
        </message>
        <message>
            <source>Handläggaren som fattar beslutet</source>
            <translation>The case officer who makes the decision</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="86" />
            <source>Lag</source>
            <translation>Act</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="98" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>DeviationDialog</name>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="154" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="119" />
            <source>&amp;Bedömaren informerad:</source>
            <translation>Assessor in&amp;formed:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="140" />
            <source>&amp;Händelseanalys:</source>
            <translation>Incident a&amp;nalysis:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="145" />
            <source>Händelseanalys gjord</source>
            <translation>Incident analysis done</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="154" />
            <source>Händelseanal&amp;ys gjord:</source>
            <translation>Incident anal&amp;ysis done:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="101" />
            <source>&amp;Kategori:</source>
            <translation>Cat&amp;egory:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="96" />
            <source>&amp;När:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="99" />
            <source>&amp;Omedelbar åtgärd:</source>
            <translation>&amp;Immediate action:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="97" />
            <source>&amp;Plats:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="103" />
            <source>&amp;Rapportör:</source>
            <translation>&amp;Reporter:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="100" />
            <source>&amp;Skada:</source>
            <translation>Har&amp;m:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="153" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="98" />
            <source>&amp;Vad hände:</source>
            <translation>W&amp;hat happened:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="91" />
            <source>(ingen plan)</source>
            <translation>(no plan)</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="69" />
            <source>Avvikelse</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="69" />
            <source>Avvikelse – {0}</source>
            <translation>Deviation – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="176" />
            <source>Avvikelsen i ett krypterat utbytespaket till en partner</source>
            <translation>The deviation in an encrypted exchange bundle to a partner</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="300" />
            <source>Avvikelsen innebär skada eller risk för skada. Bedömaren ska kontaktas för omprövning; det står som öppen punkt tills datumet är ifyllt. Vill du starta en omprövning av planen nu?</source>
            <translation>The deviation involves harm or risk of harm. The assessor must be contacted for a re-assessment; this remains an open item until the date is filled in. Do you want to start a re-assessment of the plan now?</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="201" />
            <source>Avvikelserapport</source>
            <translation>Deviation report</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="160" />
            <source>Avvikelserapport (P&amp;DF)…</source>
            <translation>Deviation report (P&amp;DF)…</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="117" />
            <source>Bedömaren informerad</source>
            <translation>Assessor informed</translation>
        </message>
        <message>
            <source>Berörda parter och när de informerades (datum i kalendern, tomt = inte ännu). Parterna föreslås från planen och kan ändras.</source>
            <translation>Parties concerned and when they were informed (date in the calendar, empty = not yet). The parties are proposed from the plan and can be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="121" />
            <source>Berörda parter och när de informerades (ÅÅÅÅ-MM-DD, tomt = inte ännu)</source>
            <translation>Parties concerned and when they were informed (YYYY-MM-DD, empty = not yet)</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="236" />
            <source>Datum för informerad part skrivs ÅÅÅÅ-MM-DD.</source>
            <translation>Enter the date a party was informed as YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="133" />
            <source>Gemensam händelseanalys</source>
            <translation>Joint incident analysis</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="124" />
            <source>Informerad</source>
            <translation>Informed</translation>
        </message>
        <message>
            <source>Informerad datum</source>
            <translation>Date informed</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="123" />
            <source>Informerade parter</source>
            <translation>Informed parties</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="85" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="124" />
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="79" />
            <source>När det hände</source>
            <translation>When it happened</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="82" />
            <source>Omedelbar åtgärd</source>
            <translation>Immediate action</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="303" />
            <source>Omprövning behövs</source>
            <translation>Re-assessment needed</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="124" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="104" />
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="102" />
            <source>P&amp;lan:</source>
            <translation>P&amp;lan:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="90" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="80" />
            <source>Plats</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="165" />
            <source>Rapporten som PDF, att skriva ut eller skicka till en annan organisation; visar det sparade (Ctrl+P)</source>
            <translation>The report as a PDF, to print or send to another organisation; shows what has been saved (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="94" />
            <source>Rapportör</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="95" />
            <source>Rapportörens organisation</source>
            <translation>Reporter's organisation</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="142" />
            <source>S&amp;tatus:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="83" />
            <source>Skada</source>
            <translation>Harm</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="108" />
            <source>Skada eller risk för skada: bedömaren ska kontaktas för omprövning av egenvårdsbedömningen. Ange datum när bedömaren informerades.</source>
            <translation>Harm or risk of harm: the assessor must be contacted for a re-assessment of the self-care assessment. Enter the date when the assessor was informed.</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="174" />
            <source>Skicka till annan organisation…</source>
            <translation>Send to another organisation…</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="168" />
            <source>Spara avvikelsen först; rapporten visar det som är sparat.</source>
            <translation>Save the deviation first; the report shows what has been saved.</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="136" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="81" />
            <source>Vad som hände</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="141" />
            <source>Åt&amp;gärder:</source>
            <translation>Ac&amp;tions:</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="134" />
            <source>Åtgärder</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../ui/deviations/dialog.py" line="186" />
            <source>Öppet: {0}</source>
            <translation>Open: {0}</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <source>&amp;Diskussion påbörjad:</source>
            <translation>&amp;Discussion started:</translation>
        </message>
        <message>
            <source>&amp;Eskalerad:</source>
            <translation>&amp;Escalated:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="140" />
            <source>&amp;Fråga:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="148" />
            <source>&amp;Löst:</source>
            <translation>Reso&amp;lved:</translation>
        </message>
        <message>
            <source>&amp;Parter och närmaste chef:</source>
            <translation>&amp;Parties and their managers:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="139" />
            <source>&amp;Parter:</source>
            <translation>&amp;Parties:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="141" />
            <source>&amp;Öppnad:</source>
            <translation>&amp;Opened:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="167" />
            <source>Ange datum när tvisten löstes.</source>
            <translation>Enter the date when the dispute was resolved.</translation>
        </message>
        <message>
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Diskussion påbörjad</source>
            <translation>Discussion started</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Enhet / organisation</source>
            <translation>Unit / organisation</translation>
        </message>
        <message>
            <source>Eskalerad</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="137" />
            <source>Frågan</source>
            <translation>The question</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="149" />
            <source>L&amp;ösning:</source>
            <translation>Resol&amp;ution:</translation>
        </message>
        <message>
            <source>Läge:</source>
            <translation>State:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="143" />
            <source>Lösning</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Lösningen spridd till</source>
            <translation>Solution spread to</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="142" />
            <source>Löst datum</source>
            <translation>Date resolved</translation>
        </message>
        <message>
            <source>Ny: diskussionerna ska påbörjas inom två veckor.</source>
            <translation>New: discussions must start within two weeks.</translation>
        </message>
        <message>
            <source>Närmaste chef</source>
            <translation>Nearest manager</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Parter</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="136" />
            <source>Parter, kommaseparerade</source>
            <translation>Parties, comma-separated</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="147" />
            <source>Senast: </source>
            <translation>Due by: </translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="147" />
            <source>Ska vara löst senast</source>
            <translation>To be resolved by</translation>
        </message>
        <message>
            <source>Skola</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Sp&amp;ridd till:</source>
            <translation>Sp&amp;read to:</translation>
        </message>
        <message>
            <source>Spridd datum</source>
            <translation>Date spread</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="132" />
            <source>Tvist (tolkning)</source>
            <translation>Dispute (interpretation)</translation>
        </message>
        <message>
            <source>Varje part med sin närmaste chef, som har mandat att fatta beslut; markera Skola när skolan är part</source>
            <translation>Each party with its nearest manager, who has the mandate to decide; tick School when the school is a party</translation>
        </message>
        <message>
            <source>diskussionerna ska påbörjas senast {0}</source>
            <translation>discussions must start by {0}</translation>
        </message>
        <message>
            <source>diskussionerna skulle ha påbörjats senast {0}</source>
            <translation>discussions should have started by {0}</translation>
        </message>
        <message>
            <source>eskalerad till {0}</source>
            <translation>escalated to {0}</translation>
        </message>
        <message>
            <source>eskaleras vid behov till {0}</source>
            <translation>escalated if needed to {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="138" />
            <source>Öppnad</source>
            <translation>Opened</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="151" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="171" />
            <source>Importen är klar: {0}.</source>
            <translation>The import is complete: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="154" />
            <source>Importerar…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="180" />
            <source>Inget importerades.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="174" />
            <source>Konflikter som väntar på ditt beslut under Utbyte → Olösta konflikter: {0}. Inget har skrivits över.</source>
            <translation>Conflicts waiting for your decision under Exchange → Unresolved conflicts: {0}. Nothing was overwritten.</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../ui/main/drafts.py" line="32" />
            <source>Du har ett osparat utkast: ”{0}” (från {1}, när programmet låstes). Återuppta det?

Nej tar bort utkastet.</source>
            <translation>You have an unsaved draft: “{0}” (from {1}, when the program locked). Resume it?

No deletes the draft.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Osparat utkast</source>
            <translation>Unsaved draft</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Avvikelse</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Biståndsbeslut</source>
            <translation>Bistånd decision</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Personnummer</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Poster bakom siffran</source>
            <translation>Records behind the figure</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Signeringslista</source>
            <translation>Performance log</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Tvist</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/drill.py" />
            <source>{0} poster. Dubbelklicka för att öppna.</source>
            <translation>{0} records. Double-click to open.</translation>
        </message>
    </context>
    <context>
        <name>EditPlanDialog</name>
        <message>
            <location filename="../../ui/plans/view.py" line="575" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="574" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="567" />
            <source>Ändra plan</source>
            <translation>Edit plan</translation>
        </message>
    </context>
    <context>
        <name>ErrorLabel</name>
        <message>
            <location filename="../../ui/common.py" line="140" />
            <source>Felmeddelande</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <location filename="../../ui/exchange/labels.py" line="17" />
            <source>Avvikelse</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="12" />
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Egenvårdsintyg</source>
            <translation>Self-care certificate</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="18" />
            <source>Förseglad PDF</source>
            <translation>Sealed PDF</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="26" />
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="15" />
            <source>Kopia</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="32" />
            <source>Mottaget</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="24" />
            <source>Ny</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="27" />
            <source>Oförändrad</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="11" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="13" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="16" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="32" />
            <source>Skickat</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="25" />
            <source>Uppdateras</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="14" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/labels.py" line="45" />
            <source>nya {0}, uppdateras {1}, i konflikt {2}, oförändrade {3}</source>
            <translation>new {0}, to update {1}, in conflict {2}, unchanged {3}</translation>
        </message>
        <message>
            <source>Överlåtet ansvar</source>
            <translation>Responsibility handed over</translation>
        </message>
    </context>
    <context>
        <name>ExchangeView</name>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>&amp;FHIR-transaktioner…</source>
            <translation>&amp;FHIR transactions…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>Exportera som FHIR-transaktioner till en mapp, för regionens FHIR-server (okrypterat)</source>
            <translation>Export as FHIR transactions to a folder, for the region's FHIR server (not encrypted)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>Välj en tom mapp för FHIR-transaktionerna</source>
            <translation>Choose an empty folder for the FHIR transactions</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>{0} filer med {1} poster sparade i {2}.</source>
            <translation>{0} files with {1} records saved in {2}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>Utan samtycke till informationsdelning, inte med: {0}.</source>
            <translation>Without consent to share information, left out: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="1" />
            <source>FHIR-transaktioner sparade</source>
            <translation>FHIR transactions saved</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="167" />
            <source>&amp;Jämför och välj…</source>
            <translation>&amp;Compare and choose…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="136" />
            <source>&amp;Lägg till partner…</source>
            <translation>&amp;Add partner…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="68" />
            <source>&amp;Skicka utbytespaket…</source>
            <translation>&amp;Send exchange bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="71" />
            <source>&amp;Ta emot utbytespaket…</source>
            <translation>&amp;Receive exchange bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="181" />
            <source>(lösenfras)</source>
            <translation>(passphrase)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="126" />
            <source>Betrodd</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="93" />
            <source>Den här organisationen</source>
            <translation>This organisation</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="182" />
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="230" />
            <source>Filen {0} är sparad. Läs upp fingeravtrycket för partnern: {1}</source>
            <translation>The file {0} has been saved. Read the fingerprint out to the partner: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="103" />
            <location filename="../../ui/exchange/view.py" line="125" />
            <source>Fingeravtryck</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="156" />
            <source>Fält som skiljer</source>
            <translation>Fields that differ</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="106" />
            <source>Ge identitetsfilen till partnern (e-post eller USB-minne) och läs upp fingeravtrycket per telefon, så att partnern vet att filen är er.</source>
            <translation>Give the identity file to the partner (by email or USB stick) and read the fingerprint out over the phone, so that the partner knows the file is yours.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="175" />
            <location filename="../../ui/exchange/view.py" line="187" />
            <source>Historik</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="229" />
            <source>Identitetsfil sparad</source>
            <translation>Identity file saved</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="183" />
            <source>Innehåll</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="126" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="139" />
            <source>Lita &amp;på…</source>
            <translation>&amp;Trust…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="274" />
            <source>Lita på {0}?</source>
            <translation>Trust {0}?</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="137" />
            <source>Läs in en partners identitetsfil</source>
            <translation>Load a partner's identity file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="238" />
            <source>Läs in partnerns identitetsfil</source>
            <translation>Load the partner's identity file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="126" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="150" />
            <location filename="../../ui/exchange/view.py" line="160" />
            <source>Olösta konflikter</source>
            <translation>Unresolved conflicts</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="206" />
            <source>Olösta konflikter ({0})</source>
            <translation>Unresolved conflicts ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="124" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="120" />
            <location filename="../../ui/exchange/view.py" line="132" />
            <location filename="../../ui/exchange/view.py" line="181" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="155" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="154" />
            <source>Post</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="180" />
            <source>Riktning</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="276" />
            <source>Ring din kontakt hos {0} och be hen läsa upp sitt fingeravtryck.

Det ska vara:  {1}

Stämmer det exakt? Först då kan paket från {0} tas emot.</source>
            <translation>Call your contact at {0} and ask them to read out their fingerprint.

It should be:  {1}

Does it match exactly? Only then can bundles from {0} be received.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="69" />
            <source>Skicka utbytespaket (Ctrl+Shift+E)</source>
            <translation>Send exchange bundle (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="141" />
            <source>Sluta lita på</source>
            <translation>Stop trusting</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="111" />
            <source>Spara &amp;identitetsfil…</source>
            <translation>Save &amp;identity file…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="222" />
            <source>Spara identitetsfil</source>
            <translation>Save identity file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="72" />
            <source>Ta emot utbytespaket (Ctrl+Shift+I)</source>
            <translation>Receive exchange bundle (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="179" />
            <source>Tidpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="127" />
            <source>Tillagd</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="65" />
            <source>Utbyte med andra organisationer</source>
            <translation>Exchange with other organisations</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="288" />
            <source>Välj en konflikt i listan först.</source>
            <translation>Select a conflict in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="260" />
            <source>Välj en partner i listan först.</source>
            <translation>Select a partner in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/view.py" line="165" />
            <source>Ändrat på båda håll sedan förra utbytet. Inget har skrivits över: jämför och välj.</source>
            <translation>Changed on both sides since the last exchange. Nothing has been overwritten: compare and choose.</translation>
        </message>
    </context>
    <context>
        <name>ExportRunPage</name>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="287" />
            <source>Bygger FHIR-innehållet…</source>
            <translation>Building the FHIR content…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="288" />
            <source>Krypterar och signerar…</source>
            <translation>Encrypting and signing…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="315" />
            <source>Paketet är sparat: {0}
Innehåll: {1}</source>
            <translation>The bundle has been saved: {0}
Content: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="286" />
            <source>Samlar poster och kontrollerar samtycke…</source>
            <translation>Collecting records and checking consent…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="292" />
            <source>Skapar utbytespaketet</source>
            <translation>Creating the exchange bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="289" />
            <source>Sparar filen…</source>
            <translation>Saving the file…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="317" />
            <source>Utelämnade eftersom samtycke saknas: {0}</source>
            <translation>Left out because consent is missing: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="343" />
            <source>&amp;Stäng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="334" />
            <source>Skicka utbytespaket</source>
            <translation>Send exchange bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="350" />
            <source>losenfras</source>
            <translation>passphrase</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <location filename="../../ui/common.py" line="208" />
            <source>&amp;Bläddra…</source>
            <translation>B&amp;rowse…</translation>
        </message>
        <message>
            <location filename="../../ui/common.py" line="209" />
            <source>Välj fil: {0}</source>
            <translation>Choose file: {0}</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="252" />
            <source>&amp;Fil:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="268" />
            <source>Ange var paketet ska sparas.</source>
            <translation>Specify where the bundle should be saved.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="274" />
            <source>Filen finns</source>
            <translation>The file exists</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="271" />
            <source>Mappen {0} finns inte.</source>
            <translation>The folder {0} does not exist.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="251" />
            <source>Paketets fil</source>
            <translation>Bundle file</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="248" />
            <source>Spara på ett USB-minne eller skicka filen som bilaga. Den är krypterad och signerad.</source>
            <translation>Save it on a USB stick or send the file as an attachment. It is encrypted and signed.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="246" />
            <source>Var ska paketet sparas?</source>
            <translation>Where should the bundle be saved?</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="274" />
            <source>{0} finns redan. Ersätta den?</source>
            <translation>{0} already exists. Replace it?</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="241" />
            <source>&amp;Börja arbeta</source>
            <translation>&amp;Start working</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="231" />
            <source>Egenvårdsstöd – första start</source>
            <translation>Egenvårdsstöd – first start</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>&amp;Befattning:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Enhet:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>&amp;Från och med:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Yrke:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <source>Ansvaret gäller från</source>
            <translation>Responsible from</translation>
        </message>
        <message>
            <source>Ansvaret kan tas över av en legitimerad yrkesutövare med samma profession, även i en annan organisation. Elevhälsan kan inte ta över ansvaret.</source>
            <translation>Responsibility can be taken over by a licensed professional of the same profession, also in another organisation. School health staff cannot take it over.</translation>
        </message>
        <message>
            <source>Ansvarig nu:</source>
            <translation>Responsible now:</translation>
        </message>
        <message>
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Hur och när ni kom överens, t.ex. telefon 2026-04-28</source>
            <translation>How and when you agreed, e.g. phone call 2026-04-28</translation>
        </message>
        <message>
            <source>Mottagarens namn</source>
            <translation>Receiver's name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Yrke</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>Ö&amp;verenskommelse:</source>
            <translation>A&amp;greement:</translation>
        </message>
        <message>
            <source>Överenskommelse</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Överlåt ansvar för uppföljning</source>
            <translation>Hand over responsibility for follow-up</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="203" />
            <source>&amp;Stäng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/import_wizard.py" line="194" />
            <source>Ta emot utbytespaket</source>
            <translation>Receive exchange bundle</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>&amp;Uppdatera</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>&amp;Visa posterna bakom siffran…</source>
            <translation>&amp;Show the records behind the figure…</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Diagram per grupp</source>
            <translation>Chart by group</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Diagram per månad</source>
            <translation>Chart by month</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Exakta siffror – visas bara inom organisationen. PDF och kalkylblad döljer små antal (1–4 som ”&lt;5”, andelar med nämnare under 30).</source>
            <translation>Exact figures – shown only inside the organisation. PDF and spreadsheet hide small counts (1–4 as “&lt;5”, shares with a denominator under 30).</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Flera kommuners indikatorfiler (FHIR) sida vid sida, med länets summa</source>
            <translation>Several municipalities' indicator files (FHIR) side by side, with the county's sum</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Från</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Grupp</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Indikator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Indikatorer</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Indikatorfiler (*.json)</source>
            <translation>Indicator files (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Kalkylblad (*.xlsx)</source>
            <translation>Spreadsheet (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Kommunernas indikatorfiler</source>
            <translation>The municipalities' indicator files</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Länsvy {0}, {1}: siffrorna som kommunerna skickade, små antal dolda.</source>
            <translation>County view {0}, {1}: the figures the municipalities sent, small counts hidden.</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Länsvy…</source>
            <translation>County view…</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Länsvy från mottagna</source>
            <translation>County view of received reports</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Indikatorrapporterna som kommunerna skickat i utbytespaket, sida vid sida med länets summa</source>
            <translation>The indicator reports the municipalities sent in exchange bundles, side by side with the county's sum</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Nämnare</source>
            <translation>Denominator</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Per grupp</source>
            <translation>By group</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Per månad</source>
            <translation>By month</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Rapporten är sparad: {0}</source>
            <translation>The report is saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Spara PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Spara kalkylblad…</source>
            <translation>Save spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Spara rapport</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Till</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Täljare</source>
            <translation>Numerator</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Uppdelning</source>
            <translation>Breakdown</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Välj en rad för att se indikatorns definition.</source>
            <translation>Choose a row to see the indicator's definition.</translation>
        </message>
        <message>
            <location filename="../../ui/indicators/view.py" />
            <source>Värde</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>InstructionDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="198" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="199" />
            <source>&amp;Förnyas:</source>
            <translation>Re&amp;new by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="195" />
            <source>&amp;Personal:</source>
            <translation>Sta&amp;ff:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="196" />
            <source>&amp;Roll:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="200" />
            <source>A&amp;nteckningar:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="194" />
            <source>Anteckningar</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="192" />
            <source>Förnyas senast</source>
            <translation>Renew by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="197" />
            <source>Instruerad &amp;av:</source>
            <translation>&amp;Instructed by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="190" />
            <source>Instruerad av</source>
            <translation>Instructed by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="188" />
            <source>Instruerad personal</source>
            <translation>Staff member instructed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="191" />
            <source>Instruktionsdatum</source>
            <translation>Instruction date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="189" />
            <source>Personalens roll</source>
            <translation>Staff member's role</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="186" />
            <source>Registrera instruktion</source>
            <translation>Record instruction</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="189" />
            <source>t.ex. Undersköterska</source>
            <translation>e.g. Assistant nurse</translation>
        </message>
    </context>
    <context>
        <name>IntygDialog</name>
        <message>
            <source>&amp;Bedömning:</source>
            <translation>&amp;Judgement:</translation>
        </message>
        <message>
            <source>&amp;Giltigt till och med:</source>
            <translation>&amp;Valid until:</translation>
        </message>
        <message>
            <source>&amp;Hjälp som behövs:</source>
            <translation>&amp;Help needed:</translation>
        </message>
        <message>
            <source>&amp;Utfärda</source>
            <translation>&amp;Issue</translation>
        </message>
        <message>
            <source>Bedömning: därför är åtgärden egenvård</source>
            <translation>Judgement: why the measure is self-care</translation>
        </message>
        <message>
            <source>Försegla och spara PDF med planen</source>
            <translation>Seal and store the PDF with the plan</translation>
        </message>
        <message>
            <source>Giltigt till och med</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Hur &amp;ofta:</source>
            <translation>How &amp;often:</translation>
        </message>
        <message>
            <source>Hur ofta</source>
            <translation>How often</translation>
        </message>
        <message>
            <source>Intyget visar att {0} har bedömts som egenvård och vilken hjälp som behövs. Det kan bifogas en ansökan om bistånd, och personal på korttidsvistelse enligt LSS får utföra insatsen först när intyget finns. Utfärdas av: {1}.</source>
            <translation>The certificate shows that {0} has been assessed as self-care and what help is needed. It can be attached to an application for bistånd, and staff at an LSS short stay may perform the measure only once the certificate exists. Issued by: {1}.</translation>
        </message>
        <message>
            <source>Utfärda egenvårdsintyg</source>
            <translation>Issue self-care certificate</translation>
        </message>
        <message>
            <source>Vilken hjälp behövs</source>
            <translation>Help needed</translation>
        </message>
        <message>
            <source>t.ex. 3 gånger per dag</source>
            <translation>e.g. 3 times a day</translation>
        </message>
    </context>
    <context>
        <name>JobPage</name>
        <message>
            <location filename="../../ui/exchange/pages.py" line="43" />
            <source>&amp;Stoppa</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/pages.py" line="113" />
            <source>Avbrutet.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/pages.py" line="99" />
            <source>Avbryter…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/pages.py" line="113" />
            <source>Det gick inte.</source>
            <translation>That did not work.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/pages.py" line="42" />
            <source>Förlopp</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/pages.py" line="106" />
            <source>Klart.</source>
            <translation>Finished.</translation>
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="51" />
            <source>&amp;Skapa ny databas:</source>
            <translation>&amp;Create a new database:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="52" />
            <source>&amp;Öppna befintlig databas…</source>
            <translation>&amp;Open existing database…</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="43" />
            <source>Alla personuppgifter sparas krypterade i en fil på den här datorn. Skapa en ny databas och välj var den ska ligga (förvalet är din egen programmapp), eller öppna en som redan finns.</source>
            <translation>All personal data is saved encrypted in a file on this computer. Create a new database and choose where it should be stored (the default is your own application folder), or open one that already exists.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="49" />
            <source>Databasens plats</source>
            <translation>Database location</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="69" />
            <source>Det finns ingen databas med nyckelfil där: {0}</source>
            <translation>There is no database with a key file there: {0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="78" />
            <source>Det finns redan en databas där; välj en annan plats eller ”Öppna befintlig databas…”.</source>
            <translation>There is already a database there; choose another location or “Open existing database…”.</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="55" />
            <source>Eller:</source>
            <translation>Or:</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="40" />
            <source>Välkommen till Egenvårdsstöd</source>
            <translation>Welcome to Egenvårdsstöd</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="64" />
            <source>Öppna befintlig databas</source>
            <translation>Open existing database</translation>
        </message>
        <message>
            <location filename="../../app/ui/setup/wizard.py" line="53" />
            <source>Öppna en databas som redan finns</source>
            <translation>Open a database that already exists</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main/window.py" line="154" />
            <source>&amp;Arkiv</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="170" />
            <source>&amp;Avsluta</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="178" />
            <source>&amp;Avvikelser</source>
            <translation>&amp;Deviations</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="171" />
            <source>&amp;Gå till</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="185" />
            <source>&amp;Hjälp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="169" />
            <source>&amp;Kontrollera förseglad PDF…</source>
            <translation>&amp;Check a sealed PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="165" />
            <source>&amp;Lås</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="155" />
            <source>&amp;Ny person…</source>
            <translation>&amp;New person…</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="186" />
            <source>&amp;Om Egenvårdsstöd</source>
            <translation>&amp;About Egenvårdsstöd</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="175" />
            <source>&amp;Personer</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="172" />
            <source>&amp;Sök person</source>
            <translation>&amp;Search person</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="162" />
            <source>&amp;Ta emot utbytespaket…</source>
            <translation>Rece&amp;ive exchange bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="179" />
            <source>&amp;Tvister</source>
            <translation>Disp&amp;utes</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="156" />
            <source>&amp;Uppdatera</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="180" />
            <source>&amp;Utbyte</source>
            <translation>&amp;Exchange</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="174" />
            <source>&amp;Överblick</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="440" />
            <source>Avvikelsen {0}: {1}</source>
            <translation>The deviation {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="97" />
            <source>Avvikelser</source>
            <translation>Deviations</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="132" />
            <source>Databas: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="74" />
            <source>Egenvårdsstöd</source>
            <translation>Egenvårdsstöd</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="220" />
            <source>Egenvårdsstöd {0}. Stöd för egenvård enligt lag (2022:1250).</source>
            <translation>Egenvårdsstöd {0}. Support for self-care under the Swedish Self-Care Act (2022:1250).</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="212" />
            <source>Egenvårdsstöd – {0}</source>
            <translation>Egenvårdsstöd – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="181" />
            <source>I&amp;nställningar</source>
            <translation>Se&amp;ttings</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="281" />
            <source>Ingen träff</source>
            <translation>No match</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="397" />
            <source>Insatsen blev inte utförd: {0}</source>
            <translation>The measure was not performed: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="100" />
            <source>Inställningar</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="437" />
            <source>Kontrollera förseglad PDF</source>
            <translation>Check a sealed PDF</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="472" />
            <source>Låst</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="91" />
            <source>Navigering</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="219" />
            <source>Om Egenvårdsstöd</source>
            <translation>About Egenvårdsstöd</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="176" />
            <source>P&amp;laner</source>
            <translation>P&amp;lans</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="437" />
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="94" />
            <source>Personer</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="436" />
            <source>Planen ”{0}” för {1}, alla versioner</source>
            <translation>The plan “{0}” for {1}, all versions</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="95" />
            <source>Planer</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="177" />
            <source>S&amp;IP</source>
            <translation>S&amp;IP</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="159" />
            <source>S&amp;kicka utbytespaket…</source>
            <translation>&amp;Send exchange bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="96" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="83" />
            <source>Sök person (Ctrl+F)</source>
            <translation>Search person (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="82" />
            <source>Sök person: namn eller personnummer (Ctrl+F)</source>
            <translation>Search person: name or personal identity number (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="86" />
            <source>Sökträffar</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="168" />
            <source>Tom &amp;blankett (pappersreserv)…</source>
            <translation>&amp;Blank form (paper fallback)…</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="98" />
            <source>Tvister</source>
            <translation>Disputes</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" />
            <source>Uppföl&amp;jning</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="133" />
            <source>Upplåst</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="99" />
            <source>Utbyte</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="93" />
            <source>Överblick</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/main/window.py" line="1" />
            <source>&amp;Hjälp för den här sidan</source>
            <translation>&amp;Help for this page</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>&amp;Mina</source>
            <translation>&amp;Mine</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="78" />
            <source>&amp;Uppdatera</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="73" />
            <source>Alla kategorier</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="52" />
            <location filename="../../ui/overview/view.py" line="85" />
            <source>Att göra</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="31" />
            <source>Avvikelse: part/bedömare ej informerad</source>
            <translation>Deviation: party/assessor not informed</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Bara det du själv ska göra</source>
            <translation>Only what you are to do yourself</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Bara personer vid din enhet</source>
            <translation>Only persons of your unit</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Biståndsansökan ej beslutad</source>
            <translation>Application for assistance not decided</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="48" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Dubbelklicka eller tryck Enter för att öppna formuläret för steget.</source>
            <translation>Double-click or press Enter to open the form for the step.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="101" />
            <source>Dubbelklicka eller tryck Enter för att öppna. Dina egna ärenden visas först.</source>
            <translation>Double-click or press Enter to open. Your own cases are shown first.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Egenvårdsintyg saknas</source>
            <translation>Self-care certificate missing</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Gemensam händelseanalys saknas</source>
            <translation>Joint event analysis missing</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="106" />
            <source>Hämtar…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="51" />
            <source>Insats / fråga</source>
            <translation>Measure / question</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="33" />
            <source>Instruktion ska förnyas</source>
            <translation>Instruction due for renewal</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="34" />
            <source>Konflikt från utbyte</source>
            <translation>Conflict from an exchange</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Kopia ej lämnad</source>
            <translation>Copy not handed over</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="30" />
            <source>Kopia utan samtycke</source>
            <translation>Copy without consent</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Min &amp;enhet</source>
            <translation>My &amp;unit</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Mina uppgifter ({0})</source>
            <translation>My tasks ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Visa fler ({0} till)</source>
            <translation>Show more ({0} more)</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>visar {0}</source>
            <translation>showing {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Visa nästa sida av listan</source>
            <translation>Show the next page of the list</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Nästa datum ej meddelat</source>
            <translation>Next date not told</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="27" />
            <source>Omprövning/uppföljning försenad</source>
            <translation>Re-assessment/follow-up overdue</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="28" />
            <source>Omprövning/uppföljning inom 30 dagar</source>
            <translation>Re-assessment/follow-up within 30 days</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="29" />
            <source>Osignerad plan</source>
            <translation>Unsigned plan</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="49" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Personal ej instruerad</source>
            <translation>Staff not instructed</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="50" />
            <source>Personnummer</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Senast</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="32" />
            <source>Tvist öppen mer än 14 dagar</source>
            <translation>Dispute open for more than 14 days</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Tvist: diskussion ej påbörjad</source>
            <translation>Dispute: discussion not started</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="80" />
            <source>Uppdatera (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Utkast äldre än 14 dagar</source>
            <translation>Draft older than 14 days</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="47" />
            <source>Vad</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Vem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="72" />
            <source>Visa kategori</source>
            <translation>Show category</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="111" />
            <source>{0} att göra</source>
            <translation>{0} to do</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>{0} att göra, {1} dina</source>
            <translation>{0} to do, {1} yours</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="65" />
            <source>Överblick – att göra</source>
            <translation>Overview – to do</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Övriga ({0})</source>
            <translation>Others ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Registrera personen (Ctrl+N)</source>
            <translation>Register the person (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Öppna personen och välj ”Ny bedömning och plan…”: bedömning, riskanalys, samråd och de sju punkterna</source>
            <translation>Open the person and choose “New assessment and plan…”: assessment, risk analysis, samråd and the seven points</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Signera planen och lämna kopia till personen och till den som hjälper till (F1: hela arbetsgången)</source>
            <translation>Sign the plan and hand a copy to the person and to whoever helps (F1: the whole routine)</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Inget att göra just nu. Så börjar du:</source>
            <translation>Nothing to do right now. This is how to begin:</translation>
        </message>
        <message>
            <location filename="../../ui/overview/view.py" line="1" />
            <source>Så börjar du</source>
            <translation>How to begin</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="76" />
            <source>&amp;Kom ihåg på den här datorn (Windows-inloggning låser upp)</source>
            <translation>&amp;Remember on this computer (Windows sign-in unlocks)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="79" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="80" />
            <source>&amp;Upprepa:</source>
            <translation>Rep&amp;eat:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="92" />
            <source>Godkänd</source>
            <translation>Acceptable</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="77" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="62" />
            <location filename="../../ui/setup/wizard.py" line="67" />
            <source>Lösenfras</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="64" />
            <source>Lösenfrasen låser upp databasen. Flera vanliga ord i rad är både starkt och lätt att minnas.</source>
            <translation>The passphrase unlocks the database. Several ordinary words in a row are both strong and easy to remember.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="74" />
            <source>Lösenfrasens styrka</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="102" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>The passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="92" />
            <source>Mycket stark</source>
            <translation>Very strong</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="92" />
            <source>Mycket svag</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="92" />
            <source>Stark</source>
            <translation>Strong</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="81" />
            <source>Styrka:</source>
            <translation>Strength:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="92" />
            <source>Svag</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="69" />
            <source>Upprepa lösenfrasen</source>
            <translation>Repeat the passphrase</translation>
        </message>
    </context>
    <context>
        <name>PdfDialog</name>
        <message>
            <location filename="../../ui/printing/dialog.py" line="99" />
            <source>S&amp;täng</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="85" />
            <source>Spara PDF-filen ({0})</source>
            <translation>Save the PDF file ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="116" />
            <source>Spara som</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="83" />
            <source>Spara som…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="126" />
            <source>Sparad: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="80" />
            <source>Ta med fullständigt personnummer och skola/enhet (skyddad identitet)</source>
            <translation>Include the full personal identity number and school/unit (protected identity)</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message numerus="yes">
            <location filename="../../ui/printing/preview.py" line="115" />
            <source>%n sida/sidor</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="90" />
            <source>Anpassa till bredd</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="87" />
            <source>Förminska</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="84" />
            <source>Förstora</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="115" />
            <source>PDF-filen kunde inte visas.</source>
            <translation>The PDF file could not be displayed.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="78" />
            <source>Sidinformation</source>
            <translation>Page information</translation>
        </message>
        <message>
            <location filename="../../ui/printing/preview.py" line="81" />
            <source>Skriv ut …</source>
            <translation>Print …</translation>
        </message>
    </context>
    <context>
        <name>PerformanceDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="229" />
            <source>&amp;Inte utförd</source>
            <translation>&amp;Not performed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="234" />
            <source>&amp;Tidpunkt:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="228" />
            <source>&amp;Utförd</source>
            <translation>&amp;Performed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="238" />
            <source>&amp;Varför:</source>
            <translation>&amp;Why:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="221" />
            <source>Signeringslista – ny rad</source>
            <translation>Performance log – new line</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="226" />
            <source>Tidpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="235" />
            <source>Ut&amp;förare:</source>
            <translation>Performed &amp;by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="227" />
            <source>Utförare</source>
            <translation>Performed by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="231" />
            <source>Varför inte utförd</source>
            <translation>Why not performed</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/persons/dialog.py" line="93" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="70" />
            <source>&amp;Efternamn:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="69" />
            <source>&amp;Förnamn:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="71" />
            <source>&amp;Personnummer:</source>
            <translation>&amp;Personal identity number:</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="73" />
            <source>&amp;Skola / enhet:</source>
            <translation>Sc&amp;hool / unit:</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="92" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="78" />
            <source>E-post</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="59" />
            <source>Efternamn</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="58" />
            <source>Förnamn</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="82" />
            <location filename="../../ui/persons/dialog.py" line="84" />
            <source>Kontakter</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="78" />
            <location filename="../../ui/persons/dialog.py" line="85" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="55" />
            <source>Ny person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="61" />
            <source>Personnummer eller samordningsnummer</source>
            <translation>Personal identity number or coordination number</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="85" />
            <source>Relation</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="68" />
            <source>Skola eller enhet</source>
            <translation>School or unit</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="65" />
            <location filename="../../ui/persons/dialog.py" line="66" />
            <source>Skyddad identitet</source>
            <translation>Protected identity</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="78" />
            <location filename="../../ui/persons/dialog.py" line="85" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="77" />
            <source>Vårdnadshavare</source>
            <translation>Guardians</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="75" />
            <source>Vårdnadshavare (för barn)</source>
            <translation>Guardians (for children)</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="55" />
            <source>Ändra person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <location filename="../../ui/persons/dialog.py" line="63" />
            <source>ÅÅÅÅMMDD-NNNN</source>
            <translation>YYYYMMDD-NNNN</translation>
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <location filename="../../ui/persons/detail.py" line="272" />
            <source> – löst</source>
            <translation> – resolved</translation>
        </message>
        <message>
            <source> – makulerat: {0}</source>
            <translation> – voided: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="269" />
            <source>Avvikelse</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="134" />
            <source>Beskrivning</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="81" />
            <source>Biståndsbes&amp;lut…</source>
            <translation>Bistånd &amp;decision…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="261" />
            <source>Biståndsbeslut</source>
            <translation>Bistånd decision</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="132" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="254" />
            <source>Ej utförd ({1}) – {0}</source>
            <translation>Not performed ({1}) – {0}</translation>
        </message>
        <message>
            <source>Egenvårdsintyg</source>
            <translation>Self-care certificate</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="172" />
            <source>Född: {0} ({1} år, {2})</source>
            <translation>Born: {0} (age {1}, {2})</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="157" />
            <source>Hämtar…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="133" />
            <source>Händelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="184" />
            <source>Inga vårdnadshavare eller kontakter registrerade.</source>
            <translation>No guardians or contacts registered.</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="118" />
            <source>Insats</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="252" />
            <source>Instruktion</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="182" />
            <source>Kontakt: {0}</source>
            <translation>Contact: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="248" />
            <source>Kopia</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="79" />
            <source>Ny &amp;avvikelse…</source>
            <translation>New de&amp;viation…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="78" />
            <source>Ny &amp;bedömning och plan…</source>
            <translation>New &amp;assessment and plan…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="82" />
            <source>Ny &amp;tvist…</source>
            <translation>New dis&amp;pute…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="80" />
            <source>Ny S&amp;IP…</source>
            <translation>New S&amp;IP…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="118" />
            <source>Omprövning</source>
            <translation>Re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="217" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="114" />
            <location filename="../../ui/persons/detail.py" line="117" />
            <source>Planer och versioner</source>
            <translation>Plans and versions</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="234" />
            <source>Planerad omprövning</source>
            <translation>Planned re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="265" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="70" />
            <source>SKYDDAD IDENTITET</source>
            <translation>PROTECTED IDENTITY</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="91" />
            <source>Sa&amp;mmanställning…</source>
            <translation>Su&amp;mmary…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="95" />
            <source>Sammanställning av personens planer, uppföljningar och avvikelser som PDF (Ctrl+P)</source>
            <translation>Summary of the person's plans, follow-ups and deviations as a PDF (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="287" />
            <source>Sammanställning – {0}</source>
            <translation>Summary – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="264" />
            <source>Samordnare {0}; parter: {1}</source>
            <translation>Coordinator {0}; parties: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="176" />
            <source>Samordningsnummer</source>
            <translation>Coordination number</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="220" />
            <source>Signering</source>
            <translation>Signing</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="83" />
            <source>Ski&amp;cka till partner…</source>
            <translation>Send to pa&amp;rtner…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="173" />
            <source>Skola / enhet: {0}</source>
            <translation>School / unit: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="118" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="128" />
            <location filename="../../ui/persons/detail.py" line="140" />
            <source>Tidslinje</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="273" />
            <source>Tvist</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="244" />
            <source>UTAN samtycke</source>
            <translation>WITHOUT consent</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="228" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="101" />
            <source>Uppgifter</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="257" />
            <source>Signeringslista</source>
            <translation>Performance log</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="254" />
            <source>Utförd av {0}</source>
            <translation>Performed by {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="118" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="200" />
            <source>Version {0}</source>
            <translation>Version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="179" />
            <source>Vårdnadshavare: {0}</source>
            <translation>Guardian: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="170" />
            <source>barn</source>
            <translation>child</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="244" />
            <source>med samtycke</source>
            <translation>with consent</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="170" />
            <source>vuxen</source>
            <translation>adult</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="251" />
            <source>{0} instruerad av {1}</source>
            <translation>{0} instructed by {1}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="219" />
            <source>{0}, version {1} signerad av {2}</source>
            <translation>{0}, version {1} signed by {2}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="216" />
            <source>{0}, version {1}: {2}</source>
            <translation>{0}, version {1}: {2}</translation>
        </message>
        <message>
            <source>{0}: ansvar för uppföljning överlåtet från {1} till {2}</source>
            <translation>{0}: responsibility for follow-up handed over from {1} to {2}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="227" />
            <source>{0}: gjord av {1}, {2}</source>
            <translation>{0}: done by {1}, {2}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="230" />
            <source>{0}: planerad</source>
            <translation>{0}: planned</translation>
        </message>
        <message>
            <source>{0}: {1}, giltigt till och med {2}</source>
            <translation>{0}: {1}, valid until {2}</translation>
        </message>
        <message>
            <location filename="../../ui/persons/detail.py" line="77" />
            <source>Ä&amp;ndra uppgifter…</source>
            <translation>&amp;Edit details…</translation>
        </message>
        <message>
            <source>Överlåtet ansvar</source>
            <translation>Responsibility handed over</translation>
        </message>
    </context>
    <context>
        <name>PersonsView</name>
        <message numerus="yes">
            <location filename="../../ui/persons/list.py" line="50" />
            <source>%n personer</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="43" />
            <source>&amp;Ny person…</source>
            <translation>&amp;New person…</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="39" />
            <source>Filtrera personer på namn eller personnummer</source>
            <translation>Filter people by name or personal identity number</translation>
        </message>
        <message>
            <source>Filtrera personer på namn, personnummer eller skola/enhet</source>
            <translation>Filter persons by name, personal identity number or school/unit</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="28" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="25" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="36" />
            <location filename="../../ui/persons/list.py" line="47" />
            <source>Personer</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="26" />
            <source>Personnummer</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="27" />
            <source>Skola / enhet</source>
            <translation>School / unit</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="28" />
            <source>Skyddad identitet</source>
            <translation>Protected identity</translation>
        </message>
        <message>
            <location filename="../../ui/persons/list.py" line="29" />
            <source>Vårdnadshavare</source>
            <translation>Guardians</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../ui/plans/view.py" line="192" />
            <source>&amp;Instruktioner</source>
            <translation>&amp;Instructions</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="89" />
            <source>&amp;Instruktion…</source>
            <translation>Ins&amp;truction…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="191" />
            <source>&amp;Kopior</source>
            <translation>&amp;Copies</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="86" />
            <source>&amp;Makulera…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="135" />
            <source>&amp;Plan</source>
            <translation>Pla&amp;n</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="85" />
            <source>&amp;Signera…</source>
            <translation>&amp;Sign…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="190" />
            <source>&amp;Uppföljningar</source>
            <translation>Follow-&amp;ups</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="87" />
            <source>&amp;Uppföljning…</source>
            <translation>&amp;Follow-up…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="123" />
            <source>&amp;Version:</source>
            <translation>Versi&amp;on:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="241" />
            <source>&amp;Öppna…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="103" />
            <source>Akutk&amp;ort…</source>
            <translation>Emergenc&amp;y card…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="490" />
            <source>Akutkort</source>
            <translation>Emergency card</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="113" />
            <source>Akutkort för den som utför insatsen: vad göra, vem ringa (Ctrl+K)</source>
            <translation>Emergency card for the person performing the measure: what to do, whom to call (Ctrl+K)</translation>
        </message>
        <message>
            <source>Ansvarig för uppföljning: {0}</source>
            <translation>Responsible for follow-up: {0}</translation>
        </message>
        <message>
            <source>Ansvarig för uppföljning: {0} – övertaget {1} från {2} enligt överenskommelse</source>
            <translation>Responsible for follow-up: {0} – taken over {1} from {2} by agreement</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="143" />
            <source>Av</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="339" />
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Beslut</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="222" />
            <source>Certifikat för</source>
            <translation>Certificate for</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="152" />
            <location filename="../../ui/plans/view.py" line="171" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="97" />
            <source>Dokument:</source>
            <translation>Documents:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="237" />
            <source>Dubbelklicka eller tryck Retur för att öppna, skriva ut eller spara en förseglad PDF.</source>
            <translation>Double-click or press Enter to open, print or save a sealed PDF.</translation>
        </message>
        <message>
            <source>Egenvårdsintyg</source>
            <translation>Self-care certificate</translation>
        </message>
        <message>
            <source>Egenvårdsintyg utfärdat {0} av {1}, giltigt till och med {2}</source>
            <translation>Self-care certificate issued {0} by {1}, valid until {2}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="71" />
            <source>Egenvårdsplan</source>
            <translation>Self-care plan</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="111" />
            <source>Elektronisk försegling av vald version: PDF-läsare kan visa om filen ändrats (Ctrl+Shift+F)</source>
            <translation>Electronic seal of the selected version: PDF readers can show whether the file has been changed (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="223" />
            <source>Fingeravtryck</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Får inte utföras av personal förrän egenvårdsintyg finns</source>
            <translation>May not be performed by staff until a self-care certificate exists</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="474" />
            <source>Förhandsgranska plan</source>
            <translation>Preview plan</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="175" />
            <source>Förnyas</source>
            <translation>Renew by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="102" />
            <source>Förs&amp;egla…</source>
            <translation>Se&amp;al…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="220" />
            <source>Förseglad</source>
            <translation>Sealed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="509" />
            <source>Förseglad av {0}. Den förseglade PDF-filen är sparad med planversion {1}.</source>
            <translation>Sealed by {0}. The sealed PDF file has been saved with plan version {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="535" />
            <source>Förseglad plan, version {0} ({1})</source>
            <translation>Sealed plan, version {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="196" />
            <source>Förseglade &amp;dokument</source>
            <translation>Sealed docu&amp;ments</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="230" />
            <source>Förseglade dokument</source>
            <translation>Sealed documents</translation>
        </message>
        <message>
            <source>Förseglat egenvårdsintyg, planversion {0} ({1})</source>
            <translation>Sealed self-care certificate, plan version {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="141" />
            <source>Gjord</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="73" />
            <source>Hämtar…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Information till patienten</source>
            <translation>Information to the patient</translation>
        </message>
        <message>
            <source>Inget samråd registrerat</source>
            <translation>No samråd recorded</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="440" />
            <source>Insatsen blev inte utförd. Vill du rapportera en avvikelse?</source>
            <translation>The measure was not performed. Do you want to report a deviation?</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="174" />
            <source>Instruerad av</source>
            <translation>Instructed by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="439" />
            <source>Inte utförd</source>
            <translation>Not performed</translation>
        </message>
        <message>
            <source>Intyg om att insatsen är egenvård, för ansökan om bistånd och för korttidsvistelse enligt LSS</source>
            <translation>Certificate that the measure is self-care, for an application for bistånd and for an LSS short stay</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="183" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="88" />
            <source>Lämna &amp;kopia…</source>
            <translation>&amp;Hand over copy…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="397" />
            <source>Makulera plan</source>
            <translation>Void plan</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="153" />
            <source>Mottagare</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="154" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="183" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="379" />
            <source>Ny version</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="145" />
            <source>Nästa</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="172" />
            <source>Personal</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="108" />
            <source>Planen med alla versioner i ett krypterat utbytespaket till en annan organisation</source>
            <translation>The plan with all its versions in an encrypted exchange bundle to another organisation</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="381" />
            <source>Planen är signerad och låst. En ändring blir version {0} som ett utkast som ska signeras. Fortsätt?</source>
            <translation>The plan is signed and locked. A change becomes version {0}, a draft that has to be signed. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="133" />
            <source>Planens innehåll</source>
            <translation>Plan content</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="139" />
            <source>Planerad</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="144" />
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="347" />
            <source>Riskanalys</source>
            <translation>Risk analysis</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="173" />
            <source>Roll</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="199" />
            <source>S&amp;täng</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="162" />
            <source>SAKNAS</source>
            <translation>MISSING</translation>
        </message>
        <message>
            <source>Samr&amp;åd…</source>
            <translation>Sa&amp;mråd…</translation>
        </message>
        <message>
            <source>Samråd</source>
            <translation>Samråd (consultation)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="158" />
            <source>Samtycke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="193" />
            <source>Signerings&amp;lista</source>
            <translation>Performance lo&amp;g</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="104" />
            <source>Ski&amp;cka till partner…</source>
            <translation>Sen&amp;d to partner…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="101" />
            <source>Skriv ut / &amp;Förhandsgranska…</source>
            <translation>&amp;Print / preview…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="397" />
            <source>Skäl för makulering (krävs):</source>
            <translation>Reason for voiding (required):</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="277" />
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="224" />
            <source>Storlek</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="181" />
            <source>Tidpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="362" />
            <source>Underskrift</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Utfärda e&amp;genvårdsintyg…</source>
            <translation>Issue self-care &amp;certificate…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="90" />
            <source>Signe&amp;ringslista…</source>
            <translation>Performance &amp;log…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="182" />
            <source>Utförare</source>
            <translation>Performed by</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="183" />
            <source>Utförd</source>
            <translation>Performed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="184" />
            <source>Varför inte</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="125" />
            <location filename="../../ui/plans/view.py" line="155" />
            <location filename="../../ui/plans/view.py" line="221" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>accepterar egenvården</source>
            <translation>accepts self-care</translation>
        </message>
        <message>
            <source>accepterar inte egenvården</source>
            <translation>does not accept self-care</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="141" />
            <source>avbruten</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="284" />
            <source>makulerad: {0}</source>
            <translation>voided: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="282" />
            <source>nästa omprövning {0}</source>
            <translation>next re-assessment {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="287" />
            <source>saknas punkt {0}</source>
            <translation>missing point(s): {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="278" />
            <source>version {0}</source>
            <translation>version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="534" />
            <source>{0} Planversion {1}.</source>
            <translation>{0} Plan version {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="224" />
            <source>{0} kB</source>
            <translation>{0} kB</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="84" />
            <source>Ä&amp;ndra…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="242" />
            <source>Öppna den markerade förseglade PDF-filen</source>
            <translation>Open the selected sealed PDF file</translation>
        </message>
        <message>
            <source>Överlåt &amp;ansvar…</source>
            <translation>Hand &amp;over responsibility…</translation>
        </message>
    </context>
    <context>
        <name>PlanWizard</name>
        <message>
            <location filename="../../ui/plans/wizard.py" line="290" />
            <source>&amp;Nästa &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="289" />
            <source>&amp;Signera</source>
            <translation>&amp;Sign</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="291" />
            <source>&lt; &amp;Tillbaka</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="292" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="331" />
            <source>Bedömningen är att åtgärden är en hälso- och sjukvårdsinsats. Bedömningen sparas; ingen egenvårdsplan upprättas.</source>
            <translation>The assessment is that the measure is a health care intervention. The assessment is saved; no self-care plan is drawn up.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="279" />
            <source>Ny egenvårdsplan – {0}</source>
            <translation>New self-care plan – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="288" />
            <source>Spara som &amp;utkast</source>
            <translation>Save as &amp;draft</translation>
        </message>
    </context>
    <context>
        <name>PlansView</name>
        <message numerus="yes">
            <location filename="../../ui/plans/list.py" line="76" />
            <source>%n planer</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n plans</numerusform>
            </translation>
        </message>
        <message>
            <source>Alla enheter</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="55" />
            <source>Alla statusar</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Enhet</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="51" />
            <source>Filtrera på personens namn eller personnummer</source>
            <translation>Filter by the person's name or personal identity number</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="34" />
            <source>Insats</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="39" />
            <source>Omprövning</source>
            <translation>Re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="32" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="33" />
            <source>Personnummer</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="48" />
            <location filename="../../ui/plans/list.py" line="70" />
            <source>Planer</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="65" />
            <source>Skriv planerna i listan, eller de markerade, till en mapp som PDF-filer (Ctrl+Shift+P)</source>
            <translation>Write the plans in the list, or the selected ones, to a folder as PDF files (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="61" />
            <source>Skriv ut &amp;flera…</source>
            <translation>Print &amp;multiple…</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="36" />
            <location filename="../../ui/plans/list.py" line="54" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="35" />
            <source>Var</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../ui/plans/list.py" line="37" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Visa planerna för en skola eller enhet</source>
            <translation>Show the plans of one school or unit</translation>
        </message>
    </context>
    <context>
        <name>PointsForm</name>
        <message>
            <location filename="../../ui/plans/points.py" line="53" />
            <source>&amp;1. Åtgärd/insats:</source>
            <translation>&amp;1. Measure:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="54" />
            <source>&amp;2. Utförs:</source>
            <translation>&amp;2. Performed:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="56" />
            <source>&amp;3. Instruerar:</source>
            <translation>&amp;3. Instructed by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="58" />
            <source>&amp;4. Vid skada:</source>
            <translation>&amp;4. If harm occurs:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="59" />
            <source>&amp;5. Vid förändring:</source>
            <translation>&amp;5. If things change:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="60" />
            <source>&amp;6. Uppföljning:</source>
            <translation>&amp;6. Follow-up:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="61" />
            <source>&amp;7. Omprövning:</source>
            <translation>&amp;7. Re-assessment:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="34" />
            <source>1. Åtgärd/insats som bedömts som egenvård</source>
            <translation>1. Measure assessed as self-care</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="55" />
            <source>2. &amp;Utförare:</source>
            <translation>2. &amp;Performed by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="36" />
            <source>2. Själv eller med hjälp</source>
            <translation>2. Independently or with help</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="40" />
            <source>2. Vem som utför</source>
            <translation>2. Who performs it</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="57" />
            <source>3. &amp;Hur:</source>
            <translation>3. &amp;How:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="43" />
            <source>3. Hur information och instruktion ges</source>
            <translation>3. How information and instruction are given</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="41" />
            <source>3. Vem som instruerar</source>
            <translation>3. Who gives instruction</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="45" />
            <source>4. Vid skada eller risk för skada</source>
            <translation>4. In case of harm or risk of harm</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="46" />
            <source>5. Om situationen förändras</source>
            <translation>5. If the situation changes</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="47" />
            <source>6. Uppföljning: hur, av vem och när</source>
            <translation>6. Follow-up: how, by whom and when</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="50" />
            <source>7. Datum för omprövning</source>
            <translation>7. Re-assessment date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="98" />
            <source>Alla sju punkter är ifyllda.</source>
            <translation>All seven points are filled in.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="96" />
            <source>Innan planen kan signeras saknas:</source>
            <translation>Before the plan can be signed, missing:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="66" />
            <source>Punkter som saknas</source>
            <translation>Missing points</translation>
        </message>
    </context>
    <context>
        <name>PointsPage</name>
        <message>
            <location filename="../../ui/plans/wizard.py" line="243" />
            <source>3. Planering – de sju punkterna</source>
            <translation>3. Planning – the seven points</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="243" />
            <source>4. Planering – de sju punkterna</source>
            <translation>4. Planning – the seven points</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="244" />
            <source>Alla sju punkter ska vara ifyllda innan planen kan signeras.</source>
            <translation>All seven points must be filled in before the plan can be signed.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../ui/printing/dialog.py" line="32" />
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="44" />
            <source>Personen har skyddad identitet. Dokumentet märks ”Skyddad identitet” på varje sida och visar inte personnumrets fyra sista siffror eller skola/enhet; i förhandsgranskningen kan du välja att ta med dem. Hantera papperet enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
            <translation>The person has a protected identity. The document is marked “Skyddad identitet” on every page and shows neither the last four digits of the personal identity number nor school/unit; in the preview you can choose to include them. Handle the paper according to the procedure for protected personal data. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="44" />
            <source>Personen har skyddad identitet. Utskriften visar fullständigt personnummer. Hantera papperet enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
            <translation>The person has a protected identity. The printout shows the full personal identity number. Handle the paper according to the procedure for protected personal data. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="43" />
            <source>Skyddad identitet</source>
            <translation>Protected identity</translation>
        </message>
        <message>
            <location filename="../../ui/printing/dialog.py" line="176" />
            <source>Tom blankett – egenvårdsplan</source>
            <translation>Blank form – self-care plan</translation>
        </message>
    </context>
    <context>
        <name>ProfileFields</name>
        <message>
            <location filename="../../ui/setup/profile.py" line="1" />
            <source>HSA-id</source>
            <translation>HSA-id</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="1" />
            <source>valfritt, t.ex. SE2321000131-P000000123457</source>
            <translation>optional, e.g. SE2321000131-P000000123457</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="1" />
            <source>HSA-i&amp;d:</source>
            <translation>HSA-i&amp;d:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="28" />
            <source>&amp;Befattning:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="33" />
            <source>&amp;Enhet / skola:</source>
            <translation>&amp;Unit / school:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="27" />
            <source>&amp;Namn:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="32" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="29" />
            <source>&amp;Roll:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="30" />
            <source>&amp;Yrke:</source>
            <translation>&amp;Profession:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="18" />
            <source>(välj yrke)</source>
            <translation>(choose profession)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="20" />
            <source>Arbetar i elevhälsans &amp;medicinska insats</source>
            <translation>Works in school health (elevhälsans &amp;medicinska insats)</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="14" />
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="22" />
            <source>Elevhälsan deltar i samråd men bedömer inte egenvård och ansvarar inte för uppföljning.</source>
            <translation>School health takes part in consultation but does not assess egenvård and is not responsible for follow-up.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="25" />
            <source>Enhet eller skola</source>
            <translation>Unit or school</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="13" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="24" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="15" />
            <source>Roll</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="16" />
            <source>Yrke</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location filename="../../ui/setup/profile.py" line="24" />
            <source>t.ex. Växjö kommun</source>
            <translation>e.g. Växjö Municipality</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="121" />
            <source>&amp;Befattning:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="124" />
            <source>&amp;Enhet / skola:</source>
            <translation>&amp;Unit / school:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="120" />
            <source>&amp;Namn:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="123" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="122" />
            <source>&amp;Roll:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="115" />
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="118" />
            <source>Enhet eller skola</source>
            <translation>Unit or school</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="114" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="112" />
            <source>Namn och befattning står i planer, loggen och avvikelser du registrerar. Rollen avgör vad du kan göra: bara en legitimerad yrkesutövare bedömer och signerar.</source>
            <translation>Your name and title appear in plans, in the log and in deviations you record. Your role decides what you can do: only a licensed professional assesses and signs.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="111" />
            <source>Om dig</source>
            <translation>About you</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="117" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="116" />
            <source>Roll</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="115" />
            <source>t.ex. Distriktssköterska</source>
            <translation>e.g. District nurse</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="117" />
            <source>t.ex. Växjö kommun</source>
            <translation>e.g. Växjö Municipality</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="69" />
            <source>&amp;Upprepa:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="74" />
            <source>Det finns ingen betrodd partner ännu: lägg till en under Utbyte → Partner, eller använd lösenfras.</source>
            <translation>There is no trusted partner yet: add one under Exchange → Partner, or use a passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="70" />
            <source>Lämna lösenfrasen på annat sätt än paketet, till exempel per telefon.</source>
            <translation>Give the passphrase by a different route than the bundle, for example by phone.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="68" />
            <source>Lösen&amp;fras:</source>
            <translation>P&amp;assphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="60" />
            <source>Lösenfras för paketet</source>
            <translation>Passphrase for the bundle</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="115" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>The passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="59" />
            <source>Med en &amp;lösenfras (mottagaren har inte Egenvårdsstöd)</source>
            <translation>&amp;With a passphrase (the recipient does not have Egenvårdsstöd)</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="49" />
            <source>Paketet krypteras så att bara mottagaren kan öppna det. Personuppgifter skickas bara för personer med registrerat samtycke.</source>
            <translation>The bundle is encrypted so that only the recipient can open it. Personal data is only sent for people with registered consent.</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="57" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="55" />
            <source>Till en betrodd &amp;partner</source>
            <translation>To a trusted &amp;partner</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="46" />
            <source>Till vem?</source>
            <translation>To whom?</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="61" />
            <source>Upprepa lösenfrasen</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/exchange/export_wizard.py" line="107" />
            <source>Välj en partner.</source>
            <translation>Choose a partner.</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <location filename="../../ui/cases/lists.py" line="80" />
            <source>Avvikelser</source>
            <translation>Deviations</translation>
        </message>
        <message>
            <source>Diskussion senast</source>
            <translation>Discussion due</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="138" />
            <source>Filtrera på fråga</source>
            <translation>Filter by question</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="83" />
            <location filename="../../ui/cases/lists.py" line="112" />
            <source>Filtrera på personens namn eller personnummer</source>
            <translation>Filter by the person's name or personal identity number</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="125" />
            <source>Fråga</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="67" />
            <source>Inträffade</source>
            <translation>Occurred</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="70" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Läge</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="126" />
            <source>Löst</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="98" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="95" />
            <location filename="../../ui/cases/lists.py" line="124" />
            <source>Parter</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="68" />
            <location filename="../../ui/cases/lists.py" line="93" />
            <location filename="../../ui/cases/lists.py" line="127" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="101" />
            <source>Referens</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="109" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="92" />
            <source>SIP-datum</source>
            <translation>SIP date</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="94" />
            <source>Samordnare</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="123" />
            <source>Senast</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="69" />
            <source>Skada</source>
            <translation>Harm</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="71" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="135" />
            <source>Tvister (tolkningar)</source>
            <translation>Disputes (interpretation)</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="45" />
            <source>{0} st</source>
            <translation>Total: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="72" />
            <source>Öppet</source>
            <translation>Open items</translation>
        </message>
        <message>
            <location filename="../../ui/cases/lists.py" line="122" />
            <source>Öppnad</source>
            <translation>Opened</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ui/setup/wizard.py" line="180" />
            <source>Bekräfta att koden är sparad</source>
            <translation>Confirm that the code has been saved</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="195" />
            <source>Databasen, certifikatet och utbytesnycklarna är skapade.</source>
            <translation>The database, the certificate and the exchange keys have been created.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="179" />
            <source>Jag har skrivit ut eller skrivit ner koden</source>
            <translation>I have printed or written down the code</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="155" />
            <source>Om lösenfrasen glöms bort är koden det enda sättet att öppna databasen. Skriv ut den och förvara den inlåst.</source>
            <translation>If the passphrase is forgotten, the code is the only way to open the database. Print it and keep it locked away.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="162" />
            <source>Skapar den krypterade databasen, ditt certifikat för försegling och organisationens nycklar för utbyte…</source>
            <translation>Creating the encrypted database, your certificate for sealing and the organisation's keys for exchange…</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="175" />
            <source>Skriv &amp;ut koden…</source>
            <translation>&amp;Print the code…</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="176" />
            <source>Skriv ut återställningskoden</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/setup/wizard.py" line="152" />
            <location filename="../../ui/setup/wizard.py" line="174" />
            <source>Återställningskod</source>
            <translation>Recovery code</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="83" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="86" />
            <source>&amp;Nästa datum:</source>
            <translation>&amp;Next date:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="85" />
            <source>&amp;Resultat:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="84" />
            <source>&amp;Utförd av:</source>
            <translation>Done &amp;by:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="88" />
            <source>A&amp;nteckningar:</source>
            <translation>Not&amp;es:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="80" />
            <source>Anteckningar</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="71" />
            <source>Datum för uppföljningen</source>
            <translation>Date of the follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="87" />
            <source>Nästa &amp;typ:</source>
            <translation>Next &amp;type:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="77" />
            <source>Nästa gång</source>
            <translation>Next time</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="74" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="78" />
            <source>Omprövning</source>
            <translation>Re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="81" />
            <source>Planerad:</source>
            <translation>Planned:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="81" />
            <source>Planerat datum</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="73" />
            <source>Resultat</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="78" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="69" />
            <source>Uppföljning / omprövning</source>
            <translation>Follow-up / re-assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="72" />
            <source>Utförd av</source>
            <translation>Done by</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <location filename="../../ui/plans/wizard.py" line="140" />
            <source>&amp;Bedömning:</source>
            <translation>Assess&amp;ment:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="125" />
            <source>&amp;Lägg till risk</source>
            <translation>&amp;Add risk</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="138" />
            <source>&amp;Slutsats:</source>
            <translation>&amp;Conclusion:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="127" />
            <source>&amp;Ta bort markerad risk</source>
            <translation>&amp;Remove selected risk</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="106" />
            <source>2. Riskanalys</source>
            <translation>2. Risk analysis</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="109" />
            <source>Ange varje risk med sannolikhet och konsekvens efter åtgärd. Poäng 8 eller mer är risk för skada: då får åtgärden inte bedömas som egenvård.</source>
            <translation>Enter each risk with its probability and consequence after mitigation. A score of 8 or more is a risk of harm: the measure may then not be assessed as self-care.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="135" />
            <source>Bedömaren ser risk att personen skadas</source>
            <translation>The assessor sees a risk that the person will be harmed</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="137" />
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="117" />
            <location filename="../../ui/plans/wizard.py" line="159" />
            <source>Konsekvens</source>
            <translation>Consequence</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="117" />
            <source>Poäng</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="117" />
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="136" />
            <source>Risk för skada</source>
            <translation>Risk of harm</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="210" />
            <source>Riskanalysen visar risk för skada. Åtgärden kan inte bli egenvård; den blir en hälso- och sjukvårdsinsats.</source>
            <translation>The risk analysis shows a risk of harm. The measure cannot be self-care; it becomes a health care intervention.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="225" />
            <source>Riskanalysen är inte utförd: ange minst en risk och en slutsats.</source>
            <translation>The risk analysis has not been carried out: enter at least one risk and a conclusion.</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="115" />
            <source>Risker</source>
            <translation>Risks</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="117" />
            <location filename="../../ui/plans/wizard.py" line="159" />
            <source>Sannolikhet</source>
            <translation>Probability</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="134" />
            <source>Slutsats av riskanalysen</source>
            <translation>Conclusion of the risk analysis</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="117" />
            <source>Riskreducerande åtgärd</source>
            <translation>Mitigation</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Mycket liten</source>
            <translation>Very small</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Liten</source>
            <translation>Small</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Stor</source>
            <translation>Large</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Mycket stor</source>
            <translation>Very large</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Försumbar</source>
            <translation>Negligible</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Lindrig</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Betydande</source>
            <translation>Significant</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="1" />
            <source>Katastrofal</source>
            <translation>Catastrophic</translation>
        </message>
    </context>
    <context>
        <name>SamradDialog</name>
        <message>
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>S&amp;täng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Samråd, information och beslut</source>
            <translation>Samråd, information and decision</translation>
        </message>
    </context>
    <context>
        <name>SamradEditor</name>
        <message>
            <source>&amp;Lägg till deltagare</source>
            <translation>&amp;Add participant</translation>
        </message>
        <message>
            <source>A&amp;v vem:</source>
            <translation>B&amp;y whom:</translation>
        </message>
        <message>
            <source>Accepterar egenvården</source>
            <translation>Accepts self-care</translation>
        </message>
        <message>
            <source>Accepterar inte egenvården</source>
            <translation>Does not accept self-care</translation>
        </message>
        <message>
            <source>Besl&amp;ut:</source>
            <translation>Decisi&amp;on:</translation>
        </message>
        <message>
            <source>Beslut</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Beslutsdatu&amp;m:</source>
            <translation>Decision dat&amp;e:</translation>
        </message>
        <message>
            <source>Datum för beslutet</source>
            <translation>Date of the decision</translation>
        </message>
        <message>
            <source>Datum för informationen</source>
            <translation>Date of the information</translation>
        </message>
        <message>
            <source>Datum för samr&amp;ådet:</source>
            <translation>Date of the sa&amp;mråd:</translation>
        </message>
        <message>
            <source>Datum för samrådet</source>
            <translation>Date of the samråd</translation>
        </message>
        <message>
            <source>Deltagare</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Deltagare i samrådet</source>
            <translation>Samråd participants</translation>
        </message>
        <message>
            <source>F&amp;orm:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>Form för samrådet</source>
            <translation>Form of the samråd</translation>
        </message>
        <message>
            <source>I e&amp;genskap av:</source>
            <translation>In the ca&amp;pacity of:</translation>
        </message>
        <message>
            <source>I egenskap av</source>
            <translation>In the capacity of</translation>
        </message>
        <message>
            <source>Information till patienten om vad egenvård innebär är given</source>
            <translation>The patient has been told what self-care means</translation>
        </message>
        <message>
            <source>Informations&amp;datum:</source>
            <translation>Information &amp;date:</translation>
        </message>
        <message>
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Patientens (eller vårdnadshavarens) beslut</source>
            <translation>The patient's (or guardian's) decision</translation>
        </message>
        <message>
            <source>Roll</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Saknas innan planen kan signeras</source>
            <translation>Missing before the plan can be signed</translation>
        </message>
        <message>
            <source>Ska delta i samrådet{0}: {1}</source>
            <translation>Must take part in the samråd{0}: {1}</translation>
        </message>
        <message>
            <source>Ta &amp;bort markerad</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <source>V&amp;ad:</source>
            <translation>W&amp;hat:</translation>
        </message>
        <message>
            <source>V&amp;em:</source>
            <translation>&amp;Who:</translation>
        </message>
        <message>
            <source>Vem som beslutade</source>
            <translation>Who decided</translation>
        </message>
        <message>
            <source>Vem som informerade</source>
            <translation>Who informed</translation>
        </message>
        <message>
            <source>Vilken information som gavs</source>
            <translation>What information was given</translation>
        </message>
    </context>
    <context>
        <name>SamradPage</name>
        <message>
            <source>3. Samråd, information och beslut</source>
            <translation>3. Samråd, information and decision</translation>
        </message>
        <message>
            <source>Bedömningen görs i samråd. Vem deltog, vilken information fick patienten och vad beslutade hen?</source>
            <translation>The assessment is made in samråd (consultation). Who took part, what was the patient told and what did they decide?</translation>
        </message>
    </context>
    <context>
        <name>SealDialog</name>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="95" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="90" />
            <source>&amp;Försegla</source>
            <translation>&amp;Seal</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="60" />
            <source>&amp;Rensa</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="75" />
            <source>Blanketten har alltid rader för underskrift med penna. Den som inte ritar sin namnteckning här kan skriva under på utskriften.</source>
            <translation>The form always has lines for signing with a pen. Anyone who does not draw their signature here can sign the printout.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="38" />
            <source>Elektronisk försegling</source>
            <translation>Electronic seal</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="92" />
            <source>Försegla och visa PDF-filen (Ctrl+Retur)</source>
            <translation>Seal and show the PDF file (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="163" />
            <source>Förseglar…</source>
            <translation>Sealing…</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="157" />
            <source>Förseglas av organisationen {0} med certifikatet för {1} ({2}, giltigt till {3}).</source>
            <translation>Will be sealed by the organisation {0} with the certificate for {1} ({2}, valid until {3}).</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="149" />
            <source>Förseglas av organisationen {0}. Inget certifikat finns ännu: ett självsignerat certifikat skapas vid första förseglingen.</source>
            <translation>Will be sealed by the organisation {0}. There is no certificate yet: a self-signed certificate is created at the first seal.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="46" />
            <source>Förseglingen gör att alla PDF-läsare kan visa om filen har ändrats efteråt. Den är en elektronisk försegling, inte en juridisk underskrift. Den förseglade PDF-filen sparas med planversionen.</source>
            <translation>The seal lets any PDF reader show whether the file has been changed afterwards. It is an electronic seal, not a legal signature. The sealed PDF file is saved with the plan version.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="82" />
            <source>Hämtar certifikat…</source>
            <translation>Loading certificate…</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="147" />
            <source>Inget certifikat finns ännu: ett självsignerat certifikat skapas vid första förseglingen.</source>
            <translation>There is no certificate yet: a self-signed certificate is created at the first sealing.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="65" />
            <source>Personens eller vårdnadshavarens namnteckning</source>
            <translation>Handwritten signature of the person or guardian</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="63" />
            <source>Personens eller vårdnadshavarens namnteckning (valfri)</source>
            <translation>Handwritten signature of the person or guardian (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="66" />
            <source>R&amp;ensa</source>
            <translation>Cl&amp;ear</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="116" />
            <source>Rensa namnteckningen (Delete i fältet)</source>
            <translation>Clear the signature (Delete in the field)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="115" />
            <source>Rensa: {0}</source>
            <translation>Clear: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="96" />
            <source>Stäng utan att försegla (Esc)</source>
            <translation>Close without sealing (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="59" />
            <source>Undertecknarens namnteckning</source>
            <translation>Signatory's handwritten signature</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="57" />
            <source>Undertecknarens namnteckning (valfri)</source>
            <translation>Signatory's handwritten signature (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="150" />
            <source>självsignerat</source>
            <translation>self-signed</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="150" />
            <source>utfärdat av organisationen</source>
            <translation>issued by the organisation</translation>
        </message>
        <message>
            <location filename="../../ui/printing/seal_dialog.py" line="40" />
            <source>{0} – {1}, version {2}</source>
            <translation>{0} – {1}, version {2}</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../ui/settings/view.py" line="124" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="103" />
            <source>&amp;Befattning:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="106" />
            <source>&amp;Enhet / skola:</source>
            <translation>&amp;Unit / school:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="102" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="105" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="104" />
            <source>&amp;Roll:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="98" />
            <source>&amp;Spara profil</source>
            <translation>&amp;Save profile</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="143" />
            <source>&amp;Upprepa:</source>
            <translation>Rep&amp;eat:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="197" />
            <source>Använd organisationens certifikat (.p12 eller .pfx)</source>
            <translation>Use the organisation's certificate (.p12 or .pfx)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="94" />
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="136" />
            <source>Byt &amp;lösenfras</source>
            <translation>Change &amp;passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="180" />
            <source>Certifikat för:</source>
            <translation>Certificate for:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="318" />
            <source>De nya lösenfraserna är inte lika.</source>
            <translation>The new passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="167" />
            <location filename="../../ui/settings/view.py" line="283" />
            <source>Elektronisk försegling</source>
            <translation>Electronic seal</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="97" />
            <source>Enhet eller skola</source>
            <translation>Unit or school</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="194" />
            <source>Ett nytt certifikat med namn och organisation från profilen</source>
            <translation>A new certificate with the name and organisation from the profile</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="241" />
            <source>Ett nytt självsignerat certifikat används för kommande förseglingar. PDF-filer som redan är förseglade påverkas inte. Fortsätt?</source>
            <translation>A new self-signed certificate will be used for future seals. PDF files that are already sealed are not affected. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="275" />
            <source>Filen {0} kunde inte läsas.</source>
            <translation>The file {0} could not be read.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="184" />
            <source>Fingeravtryck:</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="284" />
            <source>Från och med nu förseglas PDF-filer med certifikatet för {0}.</source>
            <translation>From now on, PDF files are sealed with the certificate for {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="171" />
            <source>Förseglade PDF-filer visar i alla PDF-läsare om de har ändrats. Förseglingen är inte en juridisk underskrift.</source>
            <translation>Sealed PDF files show in any PDF reader whether they have been changed. The seal is not a legal signature.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="182" />
            <source>Giltigt till:</source>
            <translation>Valid until:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="153" />
            <source>Gör &amp;säkerhetskopia nu</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="196" />
            <source>Im&amp;portera PKCS#12…</source>
            <translation>I&amp;mport PKCS#12…</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="222" />
            <source>Inget ännu; skapas vid första förseglingen</source>
            <translation>None yet; created at the first sealing</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="85" />
            <source>Inställningar</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="128" />
            <location filename="../../ui/settings/view.py" line="129" />
            <source>Kom ihåg nyckeln på den här datorn</source>
            <translation>Remember the key on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="139" />
            <source>Lås efter &amp;inaktivitet:</source>
            <translation>Lock after &amp;inactivity:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="125" />
            <source>Lås efter inaktivitet, minuter</source>
            <translation>Lock after inactivity, minutes</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="326" />
            <source>Lösenfras</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="326" />
            <source>Lösenfrasen är bytt.</source>
            <translation>The passphrase has been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="259" />
            <source>Lösenord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="259" />
            <source>Lösenordet för certifikatfilen {0}:</source>
            <translation>The password for the certificate file {0}:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="91" />
            <source>Min profil</source>
            <translation>My profile</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="142" />
            <source>N&amp;y lösenfras:</source>
            <translation>Ne&amp;w passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="93" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="141" />
            <source>Nu&amp;varande lösenfras:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="131" />
            <source>Nuvarande lösenfras</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="132" />
            <source>Ny lösenfras</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="239" />
            <source>Nytt certifikat</source>
            <translation>New certificate</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="96" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="181" />
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="67" />
            <source>PKCS#12-certifikat (*.p12 *.pfx);;Alla filer (*)</source>
            <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="95" />
            <source>Roll</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="193" />
            <source>S&amp;kapa nytt självsignerat…</source>
            <translation>Cre&amp;ate new self-signed…</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="230" />
            <source>Självsignerat (skapat i programmet)</source>
            <translation>Self-signed (created in the application)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="157" />
            <source>Sp&amp;råk:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="338" />
            <source>Sparad: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="151" />
            <location filename="../../ui/settings/view.py" line="332" />
            <source>Språk</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="149" />
            <source>Språk och säkerhetskopia</source>
            <translation>Language and backup</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="332" />
            <source>Språket byts nästa gång programmet startas.</source>
            <translation>The language changes the next time the application is started.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="120" />
            <source>Säkerhet</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="335" />
            <source>Säkerhetskopierar…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="183" />
            <source>Typ:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="133" />
            <source>Upprepa ny lösenfras</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="232" />
            <source>Utfärdat av organisationen (importerat)</source>
            <translation>Issued by the organisation (imported)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="255" />
            <source>Välj certifikatfil</source>
            <translation>Choose certificate file</translation>
        </message>
        <message>
            <location filename="../../ui/settings/view.py" line="228" />
            <source>{0} (har gått ut)</source>
            <translation>{0} (expired)</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../ui/plans/view.py" line="616" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="615" />
            <source>&amp;Signera</source>
            <translation>&amp;Sign</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="612" />
            <source>Innan planen kan signeras saknas:</source>
            <translation>Before the plan can be signed, missing:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/view.py" line="603" />
            <source>Signera plan</source>
            <translation>Sign plan</translation>
        </message>
    </context>
    <context>
        <name>SignForm</name>
        <message>
            <location filename="../../ui/plans/points.py" line="113" />
            <source>&amp;Befattning:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="111" />
            <source>&amp;Datum:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="112" />
            <source>&amp;Namn:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="110" />
            <source>&amp;Ort:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="109" />
            <source>Befattning</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="108" />
            <source>Namn på den som undertecknar</source>
            <translation>Name of the signatory</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="106" />
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/plans/points.py" line="107" />
            <source>Signeringsdatum</source>
            <translation>Signing date</translation>
        </message>
    </context>
    <context>
        <name>SignPage</name>
        <message>
            <location filename="../../ui/plans/wizard.py" line="253" />
            <source>4. Underskrift</source>
            <translation>4. Signature</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="253" />
            <source>5. Underskrift</source>
            <translation>5. Signature</translation>
        </message>
        <message>
            <location filename="../../ui/plans/wizard.py" line="254" />
            <source>Signera nu, eller spara som utkast och signera senare.</source>
            <translation>Sign now, or save as a draft and sign later.</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <location filename="../../ui/printing/signature_pad.py" line="39" />
            <source>Namnteckning</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../ui/printing/signature_pad.py" line="40" />
            <source>Skriv din namnteckning med penna eller mus. Delete rensar.</source>
            <translation>Write your signature with a pen or the mouse. Delete clears it.</translation>
        </message>
    </context>
    <context>
        <name>SipDialog</name>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="31" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="52" />
            <source>&amp;Lämnat av:</source>
            <translation>&amp;Given by:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="35" />
            <source>&amp;Nästa uppföljning:</source>
            <translation>&amp;Next follow-up:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="33" />
            <source>&amp;Parter:</source>
            <translation>&amp;Parties:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="34" />
            <source>&amp;Referens:</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="32" />
            <source>&amp;Samordnare:</source>
            <translation>C&amp;oordinator:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="54" />
            <source>Da&amp;tum:</source>
            <translation>Da&amp;te:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="45" />
            <source>Den enskilde</source>
            <translation>The individual</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="47" />
            <source>Legal företrädare</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="30" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="28" />
            <source>Parter, kommaseparerade</source>
            <translation>Parties, comma-separated</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="29" />
            <source>Referens i regionens system</source>
            <translation>Reference in the region's system</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="28" />
            <source>Region Kronoberg, Socialtjänsten</source>
            <translation>Region Kronoberg, Social Services</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="53" />
            <source>S&amp;om:</source>
            <translation>&amp;As:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="24" />
            <source>SIP – {0}</source>
            <translation>SIP – {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="26" />
            <source>SIP-datum</source>
            <translation>SIP date</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="27" />
            <source>Samordnare</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="36" />
            <source>Samtycke (SIP kräver personens samtycke)</source>
            <translation>Consent (a SIP requires the person's consent)</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="40" />
            <source>Samtycke lämnat av</source>
            <translation>Consent given by</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="43" />
            <source>Samtycke lämnat som</source>
            <translation>Consent given as</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="51" />
            <source>Samtyckesdatum</source>
            <translation>Consent date</translation>
        </message>
        <message>
            <location filename="../../ui/cases/dialogs.py" line="46" />
            <source>Vårdnadshavare</source>
            <translation>Guardian</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <location filename="../../ui/setup/unlock.py" line="61" />
            <source>&amp;Glömt lösenfrasen? Använd återställningskoden</source>
            <translation>&amp;Forgotten the passphrase? Use the recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="87" />
            <source>&amp;Kod:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="56" />
            <source>&amp;Kom ihåg på den här datorn</source>
            <translation>&amp;Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="58" />
            <location filename="../../ui/setup/unlock.py" line="104" />
            <source>&amp;Lås upp</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="64" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="88" />
            <source>&amp;Ny lösenfras:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="81" />
            <source>&amp;Tillbaka till lösenfrasen</source>
            <translation>&amp;Back to the passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="89" />
            <source>&amp;Upprepa:</source>
            <translation>Rep&amp;eat:</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="79" />
            <source>&amp;Återställ och lås upp</source>
            <translation>Re&amp;set and unlock</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="38" />
            <source>Databas: {0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="124" />
            <source>De nya lösenfraserna är inte lika.</source>
            <translation>The new passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="35" />
            <source>Egenvårdsstöd är låst</source>
            <translation>Egenvårdsstöd is locked</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="32" />
            <source>Egenvårdsstöd – lås upp</source>
            <translation>Egenvårdsstöd – unlock</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="57" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="104" />
            <source>Låser upp…</source>
            <translation>Unlocking…</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="53" />
            <source>Lösenfras</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="75" />
            <source>Ny lösenfras</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="135" />
            <source>Ny återställningskod</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="133" />
            <source>Ny återställningskod (skriv ut den): {0}</source>
            <translation>New recovery code (print it): {0}</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="109" />
            <source>Skriv lösenfrasen.</source>
            <translation>Enter the passphrase.</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="77" />
            <source>Upprepa ny lösenfras</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/setup/unlock.py" line="74" />
            <source>Återställningskod</source>
            <translation>Recovery code</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <location filename="../../ui/printing/verify.py" line="49" />
            <source>Filen har ingen elektronisk försegling och kan inte kontrolleras.</source>
            <translation>The file has no electronic seal and cannot be checked.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="50" />
            <source>Filen är inte en läsbar PDF.</source>
            <translation>The file is not a readable PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="32" />
            <source>Förseglingen är intakt: oförändrad sedan den förseglades av {0} (känd förseglare).</source>
            <translation>The seal is intact: unchanged since it was sealed by {0} (a known sealer).</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="47" />
            <source>VARNING: dokumentet har ändrats efter förseglingen; förseglingen är inte giltig.</source>
            <translation>WARNING: the document was changed after it was sealed; the seal is not valid.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="42" />
            <source>VARNING: filen har ändrats efter förseglingen genom en tillagd uppdatering: {0}. Förseglingen av {1} gäller bara versionen före ändringen.</source>
            <translation>WARNING: the file was changed after sealing by an incremental update: {0}. The seal by {1} only covers the version before the change.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="36" />
            <source>VARNING: förseglingen är intakt, men förseglaren är okänd och inte betrodd (certifikatet uppger ”{0}”, vilket vem som helst kan skriva).</source>
            <translation>WARNING: the seal is intact, but the sealer is unknown and not trusted (the certificate claims “{0}”, which anyone can write).</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="26" />
            <source>andra ändringar; innehållet kan ha ändrats</source>
            <translation>other changes; the content may have changed</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="23" />
            <source>bara valideringsdata; innehållet är oförändrat</source>
            <translation>only validation data; the content is unchanged</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="41" />
            <source>en okänd förseglare</source>
            <translation>an unknown sealer</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="24" />
            <source>formulärfält har fyllts i eller signaturfält lagts till</source>
            <translation>form fields were filled in or signature fields added</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="25" />
            <source>kommentarer eller andra anteckningar har lagts till</source>
            <translation>comments or other annotations were added</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../../ui/printing/verify.py" line="78" />
            <source>&amp;Stäng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="91" />
            <source>Förseglad: {0}. Certifikatets fingeravtryck (SHA-256): {1}.</source>
            <translation>Sealed: {0}. Certificate fingerprint (SHA-256): {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="61" />
            <source>Kontrollera förseglad PDF</source>
            <translation>Check a sealed PDF</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="67" />
            <source>Kontrollerar…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/printing/verify.py" line="70" />
            <source>Resultat av kontrollen</source>
            <translation>Result of the check</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="43" />
            <source>&amp;Avbryt</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/plans/dialogs.py" line="42" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ui/help.py" line="1" />
            <source>Hjälp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="1" />
            <source>Hjälptext</source>
            <translation>Help text</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="1" />
            <source>&amp;Stäng</source>
            <translation>&amp;Close</translation>
        </message>
    </context>
</TS>
