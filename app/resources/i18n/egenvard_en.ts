<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../ui/common.py" line="105" />
        <source>DateField</source>
        <comment>{0}: ange datum</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/common.py" line="140" />
        <source>ErrorLabel</source>
        <comment>Felmeddelande</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/common.py" line="162" />
        <source>Common</source>
        <comment>Det gick inte</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="60" />
        <source>1. Egenvårdsbedömning</source>
        <translation>1. Self-care assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="61" />
        <source>Vilken hälso- och sjukvårdsåtgärd bedöms, av vem och när.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="63" />
        <source>Åtgärd/insats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="63" />
        <source>t.ex. Insulininjektion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="65" />
        <source>Typ av bedömning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="66" />
        <source>Ny bedömning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="66" />
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="69" />
        <source>Var hjälpen ges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="70" />
        <source>Bedömare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="71" />
        <source>Bedömarens profession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="72" />
        <source>Bedömarens organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="73" />
        <source>Bedömningsdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="74" />
        <source>Anteckningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="76" />
        <source>&amp;Åtgärd/insats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="77" />
        <source>&amp;Typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="78" />
        <source>&amp;Var:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="79" />
        <source>&amp;Bedömare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="80" />
        <source>&amp;Profession:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="81" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="82" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="83" />
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="96" />
        <source>Åtgärd/insats måste fyllas i.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="118" />
        <source>Lämna över kopia av planen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="121" />
        <source>Mottagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="122" />
        <source>Mottagarens namn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="123" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="124" />
        <source>&amp;Mottagare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="125" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="126" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="127" />
        <source>Samtycke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="129" />
        <source>Samtycke lämnat av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="131" />
        <source>Samtycke lämnat som</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="133" />
        <source>Den enskilde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="134" />
        <source>Vårdnadshavare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="135" />
        <source>Legal företrädare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="139" />
        <source>Samtycke datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141" />
        <source>Skriftligt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="141" />
        <source>Muntligt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="143" />
        <source>&amp;Lämnat av:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="144" />
        <source>&amp;Som:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="145" />
        <source>Samtycke &amp;datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="146" />
        <source>&amp;Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="170" />
        <source>Kopia av egenvårdsplan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../ui/worker.py" line="203" />
        <source>Ett oväntat fel inträffade ({0}). Inget sparat har gått förlorat.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="83" />
        <source>Biståndsbeslut – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="85" />
        <source>Lag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="86" />
        <source>Ansökningsdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="87" />
        <source>Handläggare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="89" />
        <source>Beslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="91" />
        <source>Ej beslutat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="92" />
        <source>Beviljat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="93" />
        <source>Avslag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="96" />
        <source>Beslutsdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="97" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="97" />
        <source>(ingen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="98" />
        <source>Anteckningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="100" />
        <source>&amp;Lag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="101" />
        <source>&amp;Ansökt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="102" />
        <source>&amp;Handläggare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="103" />
        <source>&amp;Beslut:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="104" />
        <source>Beslu&amp;tsdatum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="105" />
        <source>&amp;Plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="106" />
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="64" />
        <source>Avvikelse – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="64" />
        <source>Avvikelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="74" />
        <source>När det hände</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="75" />
        <source>Plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="76" />
        <source>Vad som hände</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="77" />
        <source>Omedelbar åtgärd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="78" />
        <source>Skada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="80" />
        <source>Kategori</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="83" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="84" />
        <source>(ingen plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="87" />
        <source>Rapportör</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="88" />
        <source>Rapportörens organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="89" />
        <source>&amp;När:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="90" />
        <source>&amp;Plats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="91" />
        <source>&amp;Vad hände:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="92" />
        <source>&amp;Omedelbar åtgärd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="93" />
        <source>&amp;Skada:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="94" />
        <source>&amp;Kategori:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="95" />
        <source>P&amp;lan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="96" />
        <source>&amp;Rapportör:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="97" />
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="101" />
        <source>Skada eller risk för skada: bedömaren ska kontaktas för omprövning av egenvårdsbedömningen. Ange datum när bedömaren informerades.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="110" />
        <source>Bedömaren informerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="112" />
        <source>&amp;Bedömaren informerad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="114" />
        <source>Berörda parter och när de informerades (ÅÅÅÅ-MM-DD, tomt = inte ännu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="116" />
        <source>Informerade parter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="117" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="117" />
        <source>Kontakt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="117" />
        <source>Informerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="126" />
        <source>Gemensam händelseanalys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="127" />
        <source>Åtgärder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="133" />
        <source>&amp;Händelseanalys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="134" />
        <source>Åt&amp;gärder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="135" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="146" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="147" />
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="158" />
        <source>Öppet: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="181" />
        <source>Datum för informerad part skrivs ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="245" />
        <source>Avvikelsen innebär skada eller risk för skada. Bedömaren ska kontaktas för omprövning; det står som öppen punkt tills datumet är ifyllt. Vill du starta en omprövning av planen nu?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/deviations/dialog.py" line="248" />
        <source>Omprövning behövs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="131" />
        <source>Tvist (tolkning)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="135" />
        <source>Parter, kommaseparerade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="136" />
        <source>Frågan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="137" />
        <source>Öppnad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="138" />
        <source>&amp;Parter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="139" />
        <source>&amp;Fråga:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="140" />
        <source>&amp;Öppnad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="141" />
        <source>Löst datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="142" />
        <source>Lösning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="146" />
        <source>Senast: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="146" />
        <source>Ska vara löst senast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="147" />
        <source>&amp;Löst:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="148" />
        <source>L&amp;ösning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="166" />
        <source>Ange datum när tvisten löstes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditPlanDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="410" />
        <source>Ändra plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="417" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="418" />
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="236" />
        <source>Egenvårdsstöd – första start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="246" />
        <source>&amp;Börja arbeta</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="187" />
        <source>Registrera instruktion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="189" />
        <source>Instruerad personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="190" />
        <source>Personalens roll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="190" />
        <source>t.ex. Undersköterska</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="191" />
        <source>Instruerad av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="192" />
        <source>Instruktionsdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="193" />
        <source>Förnyas senast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="195" />
        <source>Anteckningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="196" />
        <source>&amp;Personal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="197" />
        <source>&amp;Roll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="198" />
        <source>Instruerad &amp;av:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="199" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="200" />
        <source>&amp;Förnyas:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="201" />
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="35" />
        <source>Välkommen till Egenvårdsstöd</source>
        <translation>Welcome to Egenvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="38" />
        <source>Alla personuppgifter sparas krypterade i en fil på den här datorn. Välj var databasen ska ligga; förvalet är din egen programmapp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="44" />
        <location filename="../../ui/setup/wizard.py" line="57" />
        <source>Databasens plats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="45" />
        <source>&amp;Bläddra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="46" />
        <source>Välj plats för databasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="50" />
        <source>&amp;Databas:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="64" />
        <source>Det finns redan en databas där; välj en annan plats.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main/window.py" line="67" />
        <source>Egenvårdsstöd</source>
        <translation>Egenvårdsstöd</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="75" />
        <source>Sök person: namn eller personnummer (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="76" />
        <source>Sök person (Ctrl+F)</source>
        <translation>Search person (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="79" />
        <source>Sökträffar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="84" />
        <source>Navigering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="86" />
        <source>Överblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="87" />
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="88" />
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="89" />
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="90" />
        <source>Avvikelser</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="91" />
        <source>Tvister</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="92" />
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="132" />
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="133" />
        <source>Upplåst</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="154" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="155" />
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="156" />
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="158" />
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="160" />
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="161" />
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="162" />
        <source>&amp;Sök person</source>
        <translation>&amp;Search person</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="164" />
        <source>&amp;Överblick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="165" />
        <source>&amp;Personer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="166" />
        <source>P&amp;laner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="167" />
        <source>S&amp;IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="168" />
        <source>&amp;Avvikelser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="169" />
        <source>&amp;Tvister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="170" />
        <source>I&amp;nställningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="174" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="175" />
        <source>&amp;Om Egenvårdsstöd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="198" />
        <source>Egenvårdsstöd – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="205" />
        <source>Om Egenvårdsstöd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="206" />
        <source>Egenvårdsstöd {0}. Stöd för egenvård enligt lag (2022:1250).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="263" />
        <source>Ingen träff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="365" />
        <source>Insatsen blev inte utförd: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main/window.py" line="413" />
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/overview/view.py" line="53" />
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="54" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="55" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="56" />
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="57" />
        <source>Insats / fråga</source>
        <translation>Measure / question</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="58" />
        <location filename="../../ui/overview/view.py" line="89" />
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="69" />
        <source>Överblick – att göra</source>
        <translation>Overview – to do</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="76" />
        <source>Visa kategori</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="77" />
        <source>Alla kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="82" />
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="84" />
        <source>Uppdatera (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="105" />
        <source>Dubbelklicka eller tryck Enter för att öppna. Dina egna ärenden visas först.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="110" />
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/view.py" line="115" />
        <source>{0} att göra</source>
        <translation>{0} to do</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="73" />
        <location filename="../../ui/setup/wizard.py" line="78" />
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="75" />
        <source>Lösenfrasen låser upp databasen. Flera vanliga ord i rad är både starkt och lätt att minnas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="80" />
        <source>Upprepa lösenfrasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="85" />
        <source>Lösenfrasens styrka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="87" />
        <source>&amp;Kom ihåg på den här datorn (Windows inloggning låser upp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="88" />
        <source>Kom ihåg på den här datorn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="90" />
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="91" />
        <source>&amp;Upprepa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="92" />
        <source>Styrka:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103" />
        <source>Mycket svag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103" />
        <source>Svag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103" />
        <source>Godkänd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103" />
        <source>Stark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="103" />
        <source>Mycket stark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="113" />
        <source>Lösenfraserna är inte lika.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="222" />
        <source>Registrera utförande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="227" />
        <source>Tidpunkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="228" />
        <source>Utförare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="229" />
        <source>&amp;Utförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="230" />
        <source>&amp;Inte utförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="232" />
        <source>Varför inte utförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="235" />
        <source>&amp;Tidpunkt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="236" />
        <source>Ut&amp;förare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="239" />
        <source>&amp;Varför:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/persons/dialog.py" line="55" />
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="55" />
        <source>Ändra person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="58" />
        <source>Förnamn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="59" />
        <source>Efternamn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="61" />
        <source>Personnummer eller samordningsnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="63" />
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="65" />
        <location filename="../../ui/persons/dialog.py" line="66" />
        <source>Skyddad identitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="68" />
        <source>Skola eller enhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="69" />
        <source>&amp;Förnamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="70" />
        <source>&amp;Efternamn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="71" />
        <source>&amp;Personnummer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="73" />
        <source>&amp;Skola / enhet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="75" />
        <source>Vårdnadshavare (för barn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="77" />
        <source>Vårdnadshavare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78" />
        <location filename="../../ui/persons/dialog.py" line="85" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78" />
        <location filename="../../ui/persons/dialog.py" line="85" />
        <source>Telefon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="78" />
        <source>E-post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="82" />
        <location filename="../../ui/persons/dialog.py" line="84" />
        <source>Kontakter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="85" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="92" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/persons/dialog.py" line="93" />
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../ui/persons/detail.py" line="67" />
        <source>SKYDDAD IDENTITET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="74" />
        <source>Ä&amp;ndra uppgifter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="75" />
        <source>Ny &amp;bedömning och plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="76" />
        <source>Ny &amp;avvikelse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="77" />
        <source>Ny S&amp;IP…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="78" />
        <source>Biståndsbes&amp;lut…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="79" />
        <source>Ny &amp;tvist…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="88" />
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="101" />
        <location filename="../../ui/persons/detail.py" line="104" />
        <source>Planer och versioner</source>
        <translation>Plans and versions</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="105" />
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="105" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="105" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="105" />
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="115" />
        <location filename="../../ui/persons/detail.py" line="127" />
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="119" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="120" />
        <source>Händelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="121" />
        <source>Beskrivning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="144" />
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="157" />
        <source>barn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="157" />
        <source>vuxen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="159" />
        <source>Född: {0} ({1} år, {2})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="160" />
        <source>Skola / enhet: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="163" />
        <source>Samordningsnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="166" />
        <source>Vårdnadshavare: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="169" />
        <source>Kontakt: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="171" />
        <source>Inga vårdnadshavare eller kontakter registrerade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="187" />
        <source>Version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="203" />
        <source>{0}, version {1}: {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="204" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="206" />
        <source>{0}, version {1} signerad av {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="207" />
        <source>Signering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="214" />
        <source>{0}: gjord av {1}, {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="215" />
        <source>Uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="217" />
        <source>{0}: planerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="221" />
        <source>Planerad omprövning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="231" />
        <source>med samtycke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="231" />
        <source>UTAN samtycke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="235" />
        <source>Kopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="238" />
        <source>{0} instruerad av {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="239" />
        <source>Instruktion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="241" />
        <source>Utförd av {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="241" />
        <source>EJ utförd ({1}) – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="244" />
        <source>Utförande</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="248" />
        <source>Biståndsbeslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="251" />
        <source>Samordnare {0}; parter: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="252" />
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="256" />
        <source>Avvikelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="259" />
        <source> – löst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/detail.py" line="260" />
        <source>Tvist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../ui/persons/list.py" line="25" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="26" />
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="27" />
        <source>Skola / enhet</source>
        <translation>School / unit</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="28" />
        <source>Skyddad identitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="28" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="29" />
        <source>Vårdnadshavare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="36" />
        <location filename="../../ui/persons/list.py" line="47" />
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="39" />
        <source>Filtrera personer på namn eller personnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="43" />
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/persons/list.py" line="50" />
        <source>{0} personer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="66" />
        <source>Egenvårdsplan</source>
        <translation>Self-care plan</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="68" />
        <source>Hämtar…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="79" />
        <source>Ä&amp;ndra…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="80" />
        <source>&amp;Signera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="81" />
        <source>&amp;Makulera…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="82" />
        <source>&amp;Uppföljning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="83" />
        <source>Lämna &amp;kopia…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="84" />
        <source>&amp;Instruktion…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="85" />
        <source>Utför&amp;ande…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="86" />
        <source>Skriv ut / &amp;Förhandsgranska…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="106" />
        <source>&amp;Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="108" />
        <location filename="../../ui/plans/view.py" line="138" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="116" />
        <source>Planens innehåll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="118" />
        <source>&amp;Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="122" />
        <source>Planerad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="124" />
        <source>Gjord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="124" />
        <source>avbruten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="126" />
        <source>Av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="127" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="128" />
        <source>Nästa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="135" />
        <location filename="../../ui/plans/view.py" line="154" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="136" />
        <source>Mottagare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="137" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="141" />
        <source>Samtycke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="145" />
        <source>SAKNAS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="155" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="156" />
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="157" />
        <source>Instruerad av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="158" />
        <source>Förnyas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="164" />
        <source>Tidpunkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="165" />
        <source>Utförare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="166" />
        <source>Utförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="166" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="166" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="167" />
        <source>Varför inte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="173" />
        <source>&amp;Uppföljningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="174" />
        <source>&amp;Kopior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="175" />
        <source>&amp;Instruktioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="176" />
        <source>Signerings&amp;lista</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="181" />
        <source>S&amp;täng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="199" />
        <source>Status: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="200" />
        <source>version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="204" />
        <source>nästa omprövning {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="206" />
        <source>makulerad: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="209" />
        <source>saknas punkt {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="253" />
        <source>Bedömning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="261" />
        <source>Riskanalys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="276" />
        <source>Underskrift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="293" />
        <source>Ny version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="295" />
        <source>Planen är signerad och låst. En ändring blir version {0} som ett utkast som ska signeras. Fortsätt?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="311" />
        <source>Makulera plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="311" />
        <source>Skäl för makulering (krävs):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="353" />
        <source>Inte utförd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="354" />
        <source>Insatsen blev inte utförd. Vill du rapportera en avvikelse?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="363" />
        <source>Skyddad identitet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="365" />
        <source>Personen har skyddad identitet. Utskriften visar fullständigt personnummer. Hantera papperet enligt rutinen för skyddade personuppgifter. Fortsätt?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="386" />
        <source>Förhandsgranska plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="279" />
        <source>Ny egenvårdsplan – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="288" />
        <source>Spara som &amp;utkast</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="289" />
        <source>&amp;Signera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="290" />
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../ui/plans/list.py" line="28" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="29" />
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="30" />
        <source>Insats</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="31" />
        <source>Var</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="32" />
        <location filename="../../ui/plans/list.py" line="50" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="33" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="35" />
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="44" />
        <location filename="../../ui/plans/list.py" line="58" />
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="47" />
        <source>Filtrera på personens namn eller personnummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="51" />
        <source>Alla statusar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/list.py" line="61" />
        <source>{0} planer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PointsForm</name>
    <message>
        <location filename="../../ui/plans/points.py" line="33" />
        <source>1. Åtgärd/insats som bedömts som egenvård</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="35" />
        <source>2. Själv eller med hjälp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="39" />
        <source>2. Vem som utför</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="40" />
        <source>3. Vem som instruerar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="42" />
        <source>3. Hur information och instruktion ges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="44" />
        <source>4. Vid skada eller risk för skada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="45" />
        <source>5. Om situationen förändras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="46" />
        <source>6. Uppföljning: hur, av vem och när</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="49" />
        <source>7. Datum för omprövning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="52" />
        <source>&amp;1. Åtgärd/insats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="53" />
        <source>&amp;2. Utförs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="54" />
        <source>2. &amp;Utförare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="55" />
        <source>&amp;3. Instruerar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="56" />
        <source>3. &amp;Hur:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="57" />
        <source>&amp;4. Vid skada:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="58" />
        <source>&amp;5. Vid förändring:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="59" />
        <source>&amp;6. Uppföljning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="60" />
        <source>&amp;7. Omprövning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="65" />
        <source>Punkter som saknas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="95" />
        <source>Innan planen kan signeras saknas:</source>
        <translation>Before the plan can be signed, missing:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="97" />
        <source>Alla sju punkter är ifyllda.</source>
        <translation>All seven points are filled in.</translation>
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
        <location filename="../../ui/plans/wizard.py" line="244" />
        <source>Alla sju punkter ska vara ifyllda innan planen kan signeras.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="122" />
        <source>Om dig</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="123" />
        <source>Namn och befattning står i planer, loggen och avvikelser du registrerar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="125" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126" />
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126" />
        <source>t.ex. Distriktssköterska</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="127" />
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128" />
        <source>t.ex. Växjö kommun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129" />
        <source>Enhet eller skola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="131" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="132" />
        <source>&amp;Befattning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="133" />
        <source>&amp;Roll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="134" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="135" />
        <source>&amp;Enhet / skola:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../ui/cases/lists.py" line="46" />
        <source>{0} st</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="163" />
        <location filename="../../ui/setup/wizard.py" line="179" />
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="166" />
        <source>Om lösenfrasen glöms bort är koden det enda sättet att öppna databasen. Skriv ut den och förvara den inlåst.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="171" />
        <source>Skapar den krypterade databasen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="180" />
        <source>Skriv &amp;ut koden…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="181" />
        <source>Skriv ut återställningskoden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="184" />
        <source>Jag har skrivit ut eller skrivit ner koden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="185" />
        <source>Bekräfta att koden är sparad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="200" />
        <source>Databasen är skapad.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="68" />
        <source>Uppföljning / omprövning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="70" />
        <source>Datum för uppföljningen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="71" />
        <source>Utförd av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="73" />
        <source>Resultat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="75" />
        <source>Nästa uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="78" />
        <source>Nästa gång</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="79" />
        <source>Omprövning</source>
        <translation>Re-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="79" />
        <source>Uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="81" />
        <source>Anteckningar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="82" />
        <source>Planerad:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="82" />
        <source>Planerat datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="84" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="85" />
        <source>&amp;Utförd av:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="86" />
        <source>&amp;Resultat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="87" />
        <source>&amp;Nästa datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="88" />
        <source>Nästa &amp;typ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="89" />
        <source>A&amp;nteckningar:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/plans/wizard.py" line="106" />
        <source>2. Riskanalys</source>
        <translation>2. Risk analysis</translation>
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="109" />
        <source>Ange varje risk med sannolikhet och konsekvens efter åtgärd. Poäng 8 eller mer är risk för skada: då får åtgärden inte bedömas som egenvård.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="115" />
        <source>Risker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117" />
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117" />
        <location filename="../../ui/plans/wizard.py" line="159" />
        <source>Sannolikhet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117" />
        <location filename="../../ui/plans/wizard.py" line="159" />
        <source>Konsekvens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117" />
        <source>Poäng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="117" />
        <source>Åtgärd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="125" />
        <source>&amp;Lägg till risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="127" />
        <source>&amp;Ta bort markerad risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="134" />
        <source>Slutsats av riskanalysen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="135" />
        <source>Bedömaren ser risk att personen skadas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="136" />
        <source>Risk för skada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="137" />
        <source>Bedömning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="138" />
        <source>&amp;Slutsats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="140" />
        <source>&amp;Bedömning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="210" />
        <source>Riskanalysen visar risk för skada. Åtgärden kan inte bli egenvård; den blir en hälso- och sjukvårdsinsats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/wizard.py" line="225" />
        <source>Riskanalysen är inte utförd: ange minst en risk och en slutsats.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings/view.py" line="56" />
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="62" />
        <source>Min profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="64" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="65" />
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="66" />
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="67" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="68" />
        <source>Enhet eller skola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="69" />
        <source>&amp;Spara profil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="73" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="74" />
        <source>&amp;Befattning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="75" />
        <source>&amp;Roll:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="76" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="77" />
        <source>&amp;Enhet / skola:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="87" />
        <source>Säkerhet</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="91" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="92" />
        <source>Lås efter inaktivitet, minuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="95" />
        <location filename="../../ui/settings/view.py" line="96" />
        <source>Kom ihåg nyckeln på den här datorn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="98" />
        <source>Nuvarande lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="99" />
        <source>Ny lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="100" />
        <source>Upprepa ny lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="103" />
        <source>Byt &amp;lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="106" />
        <source>Lås efter &amp;inaktivitet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="108" />
        <source>Nu&amp;varande lösenfras:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="109" />
        <source>N&amp;y lösenfras:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="110" />
        <source>&amp;Upprepa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="116" />
        <source>Språk och säkerhetskopia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="118" />
        <location filename="../../ui/settings/view.py" line="180" />
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="120" />
        <source>Gör &amp;säkerhetskopia nu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="124" />
        <source>Sp&amp;råk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="166" />
        <source>De nya lösenfraserna är inte lika.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="174" />
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="174" />
        <source>Lösenfrasen är bytt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="180" />
        <source>Språket byts nästa gång programmet startas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="183" />
        <source>Säkerhetskopierar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/settings/view.py" line="186" />
        <source>Sparad: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/plans/view.py" line="446" />
        <source>Signera plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="455" />
        <source>Innan planen kan signeras saknas:</source>
        <translation>Before the plan can be signed, missing:</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="458" />
        <source>&amp;Signera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/plans/view.py" line="459" />
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <location filename="../../ui/plans/points.py" line="105" />
        <source>Ort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="106" />
        <source>Signeringsdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="107" />
        <source>Namn på den som undertecknar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="108" />
        <source>Befattning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="109" />
        <source>&amp;Ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="110" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="111" />
        <source>&amp;Namn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/plans/points.py" line="112" />
        <source>&amp;Befattning:</source>
        <translation type="unfinished" />
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
        <location filename="../../ui/plans/wizard.py" line="254" />
        <source>Signera nu, eller spara som utkast och signera senare.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SipDialog</name>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="23" />
        <source>SIP – {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="25" />
        <source>SIP-datum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="26" />
        <source>Samordnare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="27" />
        <source>Parter, kommaseparerade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="27" />
        <source>Region Kronoberg, Socialtjänsten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="28" />
        <source>Referens i regionens system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="29" />
        <source>Nästa uppföljning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="30" />
        <source>&amp;Datum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="31" />
        <source>&amp;Samordnare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="32" />
        <source>&amp;Parter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="33" />
        <source>&amp;Referens:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="34" />
        <source>&amp;Nästa uppföljning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="35" />
        <source>Samtycke (SIP kräver personens samtycke)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="39" />
        <source>Samtycke lämnat av</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="42" />
        <source>Samtycke lämnat som</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="44" />
        <source>Den enskilde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="45" />
        <source>Vårdnadshavare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="46" />
        <source>Legal företrädare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="50" />
        <source>Samtyckesdatum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="51" />
        <source>&amp;Lämnat av:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="52" />
        <source>S&amp;om:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/cases/dialogs.py" line="53" />
        <source>Da&amp;tum:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/setup/unlock.py" line="32" />
        <source>Egenvårdsstöd – lås upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="35" />
        <source>Egenvårdsstöd är låst</source>
        <translation>Egenvårdsstöd is locked</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="38" />
        <source>Databas: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="53" />
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="56" />
        <source>&amp;Kom ihåg på den här datorn</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="57" />
        <source>Kom ihåg på den här datorn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="58" />
        <location filename="../../ui/setup/unlock.py" line="104" />
        <source>&amp;Lås upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="61" />
        <source>&amp;Glömt lösenfrasen? Använd återställningskoden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="64" />
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="74" />
        <source>Återställningskod</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="75" />
        <source>Ny lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="77" />
        <source>Upprepa ny lösenfras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="79" />
        <source>&amp;Återställ och lås upp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="81" />
        <source>&amp;Tillbaka till lösenfrasen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="87" />
        <source>&amp;Kod:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="88" />
        <source>&amp;Ny lösenfras:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="89" />
        <source>&amp;Upprepa:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="104" />
        <source>Låser upp…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="109" />
        <source>Skriv lösenfrasen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="124" />
        <source>De nya lösenfraserna är inte lika.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="133" />
        <source>Ny återställningskod (skriv ut den): {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/setup/unlock.py" line="135" />
        <source>Ny återställningskod</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="41" />
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/plans/dialogs.py" line="42" />
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
</TS>