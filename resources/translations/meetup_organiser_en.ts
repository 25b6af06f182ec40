<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CapacityBar</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/capacity_bar.py" line="36" />
        <source>%n on the waiting list</source>
        <translation><numerusform>%n on the waiting list</numerusform><numerusform>%n on the waiting list</numerusform></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/countdown.py" line="76" />
        <source>Ended %n day(s) ago</source>
        <translation><numerusform>Ended %n day ago</numerusform><numerusform>Ended %n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_list.py" line="45" />
        <source>overdue by %n day(s)</source>
        <translation><numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_list.py" line="48" />
        <source>due in %n day(s)</source>
        <translation><numerusform>due in %n day</numerusform><numerusform>due in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/overview_page.py" line="221" />
        <source>%n stream link(s)</source>
        <translation><numerusform>%n stream link</numerusform><numerusform>%n stream links</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/progress.py" line="35" />
        <location filename="../../ui/widgets/progress.py" line="74" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
</TS>