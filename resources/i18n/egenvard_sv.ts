<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="272"/>
        <source>Skrivit {0} av %n planer…</source>
        <translation>
            <numerusform>Skrivit {0} av %n plan…</numerusform>
            <numerusform>Skrivit {0} av %n planer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="307"/>
        <source>Utskriften avbröts efter {0} av %n planer. Filerna som redan skrivits finns kvar.</source>
        <translation>
            <numerusform>Utskriften avbröts efter {0} av %n plan. Filerna som redan skrivits finns kvar.</numerusform>
            <numerusform>Utskriften avbröts efter {0} av %n planer. Filerna som redan skrivits finns kvar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="312"/>
        <source>Alla %n planer är genomgångna.</source>
        <translation>
            <numerusform>%n plan är genomgången.</numerusform>
            <numerusform>Alla %n planer är genomgångna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="314"/>
        <source>{0} av %n planer skrevs</source>
        <translation>
            <numerusform>{0} av %n plan skrevs</numerusform>
            <numerusform>{0} av %n planer skrevs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="316"/>
        <source>%n signerade planer förseglades och sparades med sin planversion</source>
        <translation>
            <numerusform>%n signerad plan förseglades och sparades med sin planversion</numerusform>
            <numerusform>%n signerade planer förseglades och sparades med sin planversion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plans/batch.py" line="318"/>
        <source>%n planer</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../ui/printing/preview.py" line="115"/>
        <source>%n sida/sidor</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message numerus="yes">
        <location filename="../../ui/persons/list.py" line="50"/>
        <source>%n personer</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message numerus="yes">
        <location filename="../../ui/plans/list.py" line="76"/>
        <source>%n planer</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
</context>
</TS>
